<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
<context>
    <name>ArchiveStatus</name>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="104" />
        <source>archive folder missing</source>
        <translation>нет папки архива</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="105" />
        <source>archive is read-only</source>
        <translation>архив только для чтения</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="106" />
        <source>archive disk full</source>
        <translation>диск архива заполнен</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="107" />
        <source>archive write error</source>
        <translation>ошибка записи архива</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="113" />
        <source>Archive disk almost full: %n file(s) deleted before upload to keep recording. Free space on the disk.</source>
        <translation>Диск архива почти заполнен: удалено файлов до отправки — %n, чтобы не остановить запись. Освободите место на диске.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="121" />
        <source>Archive disk full: recording will stop. Free space on the archive disk now.</source>
        <translation>Диск архива заполнен: запись остановится. Немедленно освободите место на диске архива.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="129" />
        <source>Archive: %1 days, %2 GB, %3 GB free</source>
        <translation>Архив: %1 дн., %2 ГБ, свободно %3 ГБ</translation>
    </message>
</context>
<context>
    <name>CameraStatus</name>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="16" />
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="17" />
        <source>Live</source>
        <translation>В эфире</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="18" />
        <source>Reconnecting</source>
        <translation>Переподключение</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="19" />
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="20" />
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="36" />
        <source>ENTRY</source>
        <translation>ВЪЕЗД</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="38" />
        <source>EXIT</source>
        <translation>ВЫЕЗД</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="45" />
        <source>The camera address is not valid. Correct it in the camera settings.</source>
        <translation>Неверный адрес камеры. Исправьте его в настройках камеры.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="48" />
        <source>The camera address must start with rtsp:// or rtsps://.</source>
        <translation>Адрес камеры должен начинаться с rtsp:// или rtsps://.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="51" />
        <source>The camera's host name is unknown. Check the address and the VPN.</source>
        <translation>Имя узла камеры неизвестно. Проверьте адрес и VPN.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="54" />
        <source>The camera cannot be reached. Check the VPN tunnel, the cable and the camera's power.</source>
        <translation>Камера недоступна. Проверьте VPN-туннель, кабель и питание камеры.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="58" />
        <source>The camera refused the connection. Check the RTSP port.</source>
        <translation>Камера отклонила подключение. Проверьте RTSP-порт.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="61" />
        <source>The camera does not answer. Restart the camera.</source>
        <translation>Камера не отвечает. Перезапустите камеру.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="64" />
        <source>The device at this address is not an RTSP camera. Check the port and the address.</source>
        <translation>Устройство по этому адресу — не RTSP-камера. Проверьте порт и адрес.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="68" />
        <source>The camera has no stream at this path. Check the address.</source>
        <translation>У камеры нет потока по этому пути. Проверьте адрес.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="71" />
        <source>Wrong camera user name or password. Ask the administrator to correct them.</source>
        <translation>Неверное имя пользователя или пароль камеры. Попросите администратора исправить их.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="74" />
        <source>The camera user may not view this stream. Check the user's rights on the camera.</source>
        <translation>Пользователю камеры запрещён просмотр этого потока. Проверьте его права на камере.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="77" />
        <source>The camera reported an error. Restart the camera.</source>
        <translation>Камера сообщила об ошибке. Перезапустите камеру.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="80" />
        <source>The stream has no video. Choose another stream in the address.</source>
        <translation>В потоке нет видео. Укажите в адресе другой поток.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="83" />
        <source>The camera does not send H.264 or H.265. Set its encoder to H.264.</source>
        <translation>Камера передаёт не H.264 и не H.265. Включите в камере кодек H.264.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="86" />
        <source>The camera ended the stream.</source>
        <translation>Камера завершила поток.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="89" />
        <source>No video from the camera for too long.</source>
        <translation>Слишком долго нет видео с камеры.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="92" />
        <source>The connection to the camera was lost.</source>
        <translation>Связь с камерой потеряна.</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/status_text.py" line="95" />
        <source>An internal error stopped this camera. See the log.</source>
        <translation>Внутренняя ошибка остановила камеру. См. журнал.</translation>
    </message>
</context>
<context>
    <name>CameraTileWidget</name>
    <message numerus="yes">
        <location filename="../../cgrconsole/ui/camera_tile.py" line="97" />
        <source>Picture frozen for %n s</source>
        <translation>
            <numerusform>Изображение не обновляется %n с</numerusform>
            <numerusform>Изображение не обновляется %n с</numerusform>
            <numerusform>Изображение не обновляется %n с</numerusform>
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
        <translation>ЗАПИСЬ</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/camera_tile.py" line="173" />
        <source>NOT RECORDING: %1</source>
        <translation>НЕТ ЗАПИСИ: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../cgrconsole/ui/camera_tile.py" line="211" />
        <source>Next attempt in %n s</source>
        <translation>
            <numerusform>Следующая попытка через %n с</numerusform>
            <numerusform>Следующая попытка через %n с</numerusform>
            <numerusform>Следующая попытка через %n с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/camera_tile.py" line="211" />
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="31" />
        <source>CarGoRuqsat Console — %1</source>
        <translation>Консоль CarGoRuqsat — %1</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="61" />
        <source>No cameras are configured. Add them in the configuration file, or start the demo: cgrconsole --demo</source>
        <translation>Камеры не настроены. Добавьте их в файл конфигурации или запустите демо: cgrconsole --demo</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="67" />
        <source>Layout</source>
        <translation>Раскладка</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="71" />
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="76" />
        <source>Show the cameras in a %1 grid</source>
        <translation>Показать камеры сеткой %1</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="81" />
        <source>&amp;Console</source>
        <translation>&amp;Консоль</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="82" />
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="84" />
        <location filename="../../cgrconsole/ui/main_window.py" line="130" />
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="86" />
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="124" />
        <source>Cameras: %1</source>
        <translation>Камер: %1</translation>
    </message>
    <message>
        <location filename="../../cgrconsole/ui/main_window.py" line="130" />
        <source>CarGoRuqsat Console %1</source>
        <translation>Консоль CarGoRuqsat %1</translation>
    </message>
</context>
</TS>