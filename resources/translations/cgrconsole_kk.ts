<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk">
<context>
    <name>ArchiveStatus</name>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="104" />
        <source>archive folder missing</source>
        <translation>мұрағат қалтасы жоқ</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="105" />
        <source>archive is read-only</source>
        <translation>мұрағат тек оқуға арналған</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="106" />
        <source>archive disk full</source>
        <translation>мұрағат дискісі толы</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="107" />
        <source>archive write error</source>
        <translation>мұрағатқа жазу қатесі</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="113" />
        <source>Archive disk almost full: %n file(s) deleted before upload to keep recording. Free space on the disk.</source>
        <translation>Мұрағат дискісі толуға жақын: жазуды тоқтатпау үшін жіберілмеген %n файл жойылды. Дискіде орын босатыңыз.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="121" />
        <source>Archive disk full: recording will stop. Free space on the archive disk now.</source>
        <translation>Мұрағат дискісі толы: жазу тоқтайды. Мұрағат дискісінде дереу орын босатыңыз.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="129" />
        <source>Archive: %1 days, %2 GB, %3 GB free</source>
        <translation>Мұрағат: %1 күн, %2 ГБ, бос %3 ГБ</translation>
    </message>
</context>
<context>
    <name>CameraStatus</name>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="16" />
        <source>Connecting</source>
        <translation>Қосылуда</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="17" />
        <source>Live</source>
        <translation>Эфирде</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="18" />
        <source>Reconnecting</source>
        <translation>Қайта қосылуда</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="19" />
        <source>Offline</source>
        <translation>Байланыс жоқ</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="20" />
        <source>Disabled</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="36" />
        <source>ENTRY</source>
        <translation>КІРУ</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="38" />
        <source>EXIT</source>
        <translation>ШЫҒУ</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="45" />
        <source>The camera address is not valid. Correct it in the camera settings.</source>
        <translation>Камера мекенжайы қате. Оны камера баптауларында түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="48" />
        <source>The camera address must start with rtsp:// or rtsps://.</source>
        <translation>Камера мекенжайы rtsp:// немесе rtsps:// деп басталуы керек.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="51" />
        <source>The camera's host name is unknown. Check the address and the VPN.</source>
        <translation>Камера хостының атауы белгісіз. Мекенжай мен VPN-ді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="54" />
        <source>The camera cannot be reached. Check the VPN tunnel, the cable and the camera's power.</source>
        <translation>Камераға қосылу мүмкін емес. VPN туннелін, кабельді және камераның қуатын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="58" />
        <source>The camera refused the connection. Check the RTSP port.</source>
        <translation>Камера қосылудан бас тартты. RTSP портын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="61" />
        <source>The camera does not answer. Restart the camera.</source>
        <translation>Камера жауап бермейді. Камераны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="64" />
        <source>The device at this address is not an RTSP camera. Check the port and the address.</source>
        <translation>Бұл мекенжайдағы құрылғы RTSP камерасы емес. Порт пен мекенжайды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="68" />
        <source>The camera has no stream at this path. Check the address.</source>
        <translation>Камерада бұл жол бойынша ағын жоқ. Мекенжайды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="71" />
        <source>Wrong camera user name or password. Ask the administrator to correct them.</source>
        <translation>Камераның пайдаланушы аты немесе құпиясөзі қате. Әкімшіден түзетуді сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="74" />
        <source>The camera user may not view this stream. Check the user's rights on the camera.</source>
        <translation>Камера пайдаланушысына бұл ағынды көруге рұқсат жоқ. Камерадағы құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="77" />
        <source>The camera reported an error. Restart the camera.</source>
        <translation>Камера қате туралы хабарлады. Камераны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="80" />
        <source>The stream has no video. Choose another stream in the address.</source>
        <translation>Ағында бейне жоқ. Мекенжайда басқа ағынды көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="83" />
        <source>The camera does not send H.264 or H.265. Set its encoder to H.264.</source>
        <translation>Камера H.264 немесе H.265 жібермейді. Камерада H.264 кодегін қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="86" />
        <source>The camera ended the stream.</source>
        <translation>Камера ағынды аяқтады.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="89" />
        <source>No video from the camera for too long.</source>
        <translation>Камерадан бейне тым ұзақ келмей тұр.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="92" />
        <source>The connection to the camera was lost.</source>
        <translation>Камерамен байланыс үзілді.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="95" />
        <source>An internal error stopped this camera. See the log.</source>
        <translation>Ішкі қате бұл камераны тоқтатты. Журналды қараңыз.</translation>
    </message>
</context>
<context>
    <name>CameraTileWidget</name>
    <message numerus="yes">
        <location filename="../../cgrconsole/ui/camera_tile.py" line="97" />
        <source>Picture frozen for %n s</source>
        <translation>
            <numerusform>Сурет %n с бойы жаңармайды</numerusform>
            <numerusform>Сурет %n с бойы жаңармайды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/camera_tile.py" line="150" />
        <source>%1 fps · %2×%3 · %4 kbit/s</source>
        <translation>%1 кадр/с · %2×%3 · %4 кбит/с</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/camera_tile.py" line="170" />
        <source>REC</source>
        <translation>ЖАЗУ</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/camera_tile.py" line="173" />
        <source>NOT RECORDING: %1</source>
        <translation>ЖАЗЫЛМАЙДЫ: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cgrconsole/ui/camera_tile.py" line="211" />
        <source>Next attempt in %n s</source>
        <translation>
            <numerusform>Келесі әрекет %n с кейін</numerusform>
            <numerusform>Келесі әрекет %n с кейін</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/camera_tile.py" line="211" />
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="31" />
        <source>CarGoRuqsat Console — %1</source>
        <translation>CarGoRuqsat консолі — %1</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="61" />
        <source>No cameras are configured. Add them in the configuration file, or start the demo: cgrconsole --demo</source>
        <translation>Камералар бапталмаған. Оларды конфигурация файлына қосыңыз немесе демоны іске қосыңыз: cgrconsole --demo</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="67" />
        <source>Layout</source>
        <translation>Орналасу</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="71" />
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="76" />
        <source>Show the cameras in a %1 grid</source>
        <translation>Камераларды %1 торымен көрсету</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="81" />
        <source>&amp;Console</source>
        <translation>&amp;Консоль</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="82" />
        <source>Full screen</source>
        <translation>Толық экран</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="84" />
        <location filename="../../cgrconsole/ui/main_window.py" line="130" />
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="86" />
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="124" />
        <source>Cameras: %1</source>
        <translation>Камералар: %1</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="130" />
        <source>CarGoRuqsat Console %1</source>
        <translation>CarGoRuqsat консолі %1</translation>
    </message>
</context>
</TS>