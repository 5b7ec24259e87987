# VLC's libvlc for the Windows bundle, from the VideoLAN.LibVLC.Windows NuGet package (LGPL-2.1-or-later),
# into build\libvlc (libvlc.dll, libvlccore.dll, plugins\). Run from the repository root on the build PC or
# the CI runner (network needed here, never on the checkpoint PC). The version matches python-vlc's bindings.
# Plugin folders a local MP4/H.264 player in an embedded window never loads are left out; the plugin cache
# (plugins\plugins.dat) is made here so the first player does not scan every plugin at start.
param(
    [string]$Version = "3.0.21",
    [string]$Out = "build\libvlc"
)
$ErrorActionPreference = "Stop"
$work = Join-Path $env:TEMP "libvlc-$Version"
$nupkg = "$work.zip"
if (-not (Test-Path $nupkg)) {
    Invoke-WebRequest -Uri "https://www.nuget.org/api/v2/package/VideoLAN.LibVLC.Windows/$Version" -OutFile $nupkg
}
if (Test-Path $work) { Remove-Item -Recurse -Force $work }
Expand-Archive -Path $nupkg -DestinationPath $work
$native = Join-Path $work "build\x64"
if (-not (Test-Path (Join-Path $native "libvlc.dll"))) { throw "no build\x64\libvlc.dll in the NuGet package $Version" }
if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
New-Item -ItemType Directory -Force -Path $Out | Out-Null
Copy-Item (Join-Path $native "libvlc.dll"), (Join-Path $native "libvlccore.dll") $Out
Copy-Item -Recurse (Join-Path $native "plugins") (Join-Path $Out "plugins")
# Never used by the archive player: VLC's own GUI, Lua scripts, visualisations, network discovery, streaming
# and muxing out, remote control, password stores.
foreach ($unused in "gui", "lua", "visualization", "services_discovery", "stream_out", "mux", "access_output",
                    "control", "keystore", "video_splitter") {
    $dir = Join-Path $Out "plugins\$unused"
    if (Test-Path $dir) { Remove-Item -Recurse -Force $dir }
}
$cacheGen = Join-Path $native "vlc-cache-gen.exe"
if (Test-Path $cacheGen) {
    & $cacheGen (Join-Path $Out "plugins")
} else {
    Write-Host "vlc-cache-gen.exe not in the package: no plugins.dat (the first player start scans the plugins)"
}
$size = (Get-ChildItem -Recurse $Out | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("libvlc {0} in {1}: {2:N0} MB" -f $Version, $Out, $size)
