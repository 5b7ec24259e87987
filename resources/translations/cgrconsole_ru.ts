<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ArchiveStatus</name>
    <message>
        <source>archive folder missing</source>
        <translation>нет папки архива</translation>
    </message>
    <message>
        <source>archive is read-only</source>
        <translation>архив только для чтения</translation>
    </message>
    <message>
        <source>archive disk full</source>
        <translation>диск архива заполнен</translation>
    </message>
    <message>
        <source>archive write error</source>
        <translation>ошибка записи архива</translation>
    </message>
    <message>
        <source>internal error, restarting</source>
        <translation>внутренняя ошибка, перезапуск</translation>
    </message>
    <message>
        <source>Archive disk almost full: %n file(s) deleted before upload to keep recording. Free space on the disk.</source>
        <translation>Диск архива почти заполнен: удалено файлов до отправки — %n, чтобы не остановить запись. Освободите место на диске.</translation>
    </message>
    <message>
        <source>Archive disk full: recording will stop. Free space on the archive disk now.</source>
        <translation>Диск архива заполнен: запись остановится. Немедленно освободите место на диске архива.</translation>
    </message>
    <message>
        <source>Disk of the console&apos;s data full: new plate events cannot be saved. Free space on it now.</source>
        <translation>Диск с данными консоли заполнен: новые события с номерами не сохраняются. Немедленно освободите на нём место.</translation>
    </message>
    <message>
        <source>Archive: %1 days, %2 GB, %3 GB free</source>
        <translation>Архив: %1 дн., %2 ГБ, свободно %3 ГБ</translation>
    </message>
</context>
<context>
    <name>AttemptsTable</name>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>CameraStatus</name>
    <message>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>В эфире</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Переподключение</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation>ВЪЕЗД</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>ВЫЕЗД</translation>
    </message>
    <message>
        <source>The camera address is not valid. Correct it in the camera settings.</source>
        <translation>Неверный адрес камеры. Исправьте его в настройках камеры.</translation>
    </message>
    <message>
        <source>The camera address must start with rtsp:// or rtsps://.</source>
        <translation>Адрес камеры должен начинаться с rtsp:// или rtsps://.</translation>
    </message>
    <message>
        <source>The camera&apos;s host name is unknown. Check the address and the VPN.</source>
        <translation>Имя узла камеры неизвестно. Проверьте адрес и VPN.</translation>
    </message>
    <message>
        <source>The camera cannot be reached. Check the VPN tunnel, the cable and the camera&apos;s power.</source>
        <translation>Камера недоступна. Проверьте VPN-туннель, кабель и питание камеры.</translation>
    </message>
    <message>
        <source>The camera refused the connection. Check the RTSP port.</source>
        <translation>Камера отклонила подключение. Проверьте RTSP-порт.</translation>
    </message>
    <message>
        <source>The camera does not answer. Restart the camera.</source>
        <translation>Камера не отвечает. Перезапустите камеру.</translation>
    </message>
    <message>
        <source>The device at this address is not an RTSP camera. Check the port and the address.</source>
        <translation>Устройство по этому адресу — не RTSP-камера. Проверьте порт и адрес.</translation>
    </message>
    <message>
        <source>The camera has no stream at this path. Check the address.</source>
        <translation>У камеры нет потока по этому пути. Проверьте адрес.</translation>
    </message>
    <message>
        <source>Wrong camera user name or password. Ask the administrator to correct them.</source>
        <translation>Неверное имя пользователя или пароль камеры. Попросите администратора исправить их.</translation>
    </message>
    <message>
        <source>The camera user may not view this stream. Check the user&apos;s rights on the camera.</source>
        <translation>Пользователю камеры запрещён просмотр этого потока. Проверьте его права на камере.</translation>
    </message>
    <message>
        <source>The camera reported an error. Restart the camera.</source>
        <translation>Камера сообщила об ошибке. Перезапустите камеру.</translation>
    </message>
    <message>
        <source>The stream has no video. Choose another stream in the address.</source>
        <translation>В потоке нет видео. Укажите в адресе другой поток.</translation>
    </message>
    <message>
        <source>The camera does not send H.264 or H.265. Set its encoder to H.264.</source>
        <translation>Камера передаёт не H.264 и не H.265. Включите в камере кодек H.264.</translation>
    </message>
    <message>
        <source>The camera ended the stream.</source>
        <translation>Камера завершила поток.</translation>
    </message>
    <message>
        <source>No video from the camera for too long.</source>
        <translation>Слишком долго нет видео с камеры.</translation>
    </message>
    <message>
        <source>The connection to the camera was lost.</source>
        <translation>Связь с камерой потеряна.</translation>
    </message>
    <message>
        <source>An internal error stopped this camera. See the log.</source>
        <translation>Внутренняя ошибка остановила камеру. См. журнал.</translation>
    </message>
</context>
<context>
    <name>CameraTileWidget</name>
    <message numerus="yes">
        <source>Picture frozen for %n s</source>
        <translation>
            <numerusform>Изображение не обновляется %n с</numerusform>
            <numerusform>Изображение не обновляется %n с</numerusform>
            <numerusform>Изображение не обновляется %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fps · %2×%3 · %4 kbit/s</source>
        <translation>%1 кадр/с · %2×%3 · %4 кбит/с</translation>
    </message>
    <message>
        <source>REC</source>
        <translation>ЗАПИСЬ</translation>
    </message>
    <message>
        <source>NOT RECORDING: %1</source>
        <translation>НЕТ ЗАПИСИ: %1</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n s</source>
        <translation>
            <numerusform>Следующая попытка через %n с</numerusform>
            <numerusform>Следующая попытка через %n с</numerusform>
            <numerusform>Следующая попытка через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Delivery of %1</source>
        <translation>Отправка %1</translation>
    </message>
    <message>
        <source>The picture of this event is missing.</source>
        <translation>Снимок этого события отсутствует.</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>Send the event again to every server that refused it</source>
        <translation>Снова отправить событие на все серверы, которые его отклонили</translation>
    </message>
    <message>
        <source>Correct and resend…</source>
        <translation>Исправить и отправить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>This event cannot be read any more.</source>
        <translation>Это событие больше не удаётся прочитать.</translation>
    </message>
    <message>
        <source>Read as %1, corrected by the officer</source>
        <translation>Распознано как %1, исправлено оператором</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation>Решение принял: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Not queued for sending: only confirmed plates are sent.</source>
        <translation>Не поставлено в очередь: отправляются только подтверждённые номера.</translation>
    </message>
    <message>
        <source>Not resent: the event is no longer waiting for a decision.</source>
        <translation>Не отправлено: событие больше не ждёт решения.</translation>
    </message>
    <message>
        <source>Dismiss sending to %1</source>
        <translation>Отказаться от отправки в %1</translation>
    </message>
    <message>
        <source>The event will not be sent there again. Why? The reason is kept in the audit log.</source>
        <translation>Событие больше не будет туда отправляться. Почему? Причина сохранится в журнале аудита.</translation>
    </message>
    <message>
        <source>The server will never accept this plate</source>
        <translation>Сервер никогда не примет этот номер</translation>
    </message>
    <message>
        <source>Reported by phone instead</source>
        <translation>Сообщено по телефону</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Отказаться</translation>
    </message>
    <message>
        <source>Not dismissed: this delivery is not refused any more.</source>
        <translation>Не выполнено: эта отправка больше не отклонена.</translation>
    </message>
</context>
<context>
    <name>DeliveryState</name>
    <message>
        <source>waiting to be sent</source>
        <translation>ждёт отправки</translation>
    </message>
    <message>
        <source>sending now</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>отклонено сервером</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>отправка отменена</translation>
    </message>
    <message>
        <source>Sending it again unchanged cannot succeed. Correct the plate and resend, or dismiss it with a reason.</source>
        <translation>Повторная отправка без изменений не поможет. Исправьте номер и отправьте снова или откажитесь от отправки, указав причину.</translation>
    </message>
    <message>
        <source>The console keeps retrying by itself; nothing to do unless it fails.</source>
        <translation>Консоль сама повторяет попытки; делать ничего не нужно, пока отправка не отклонена.</translation>
    </message>
    <message>
        <source>delivered (the server had it already)</source>
        <translation>доставлено (у сервера уже было)</translation>
    </message>
    <message>
        <source>not delivered, will retry</source>
        <translation>не доставлено, будет повтор</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>отправляется…</translation>
    </message>
    <message>
        <source>interrupted (the console stopped)</source>
        <translation>прервано (консоль остановилась)</translation>
    </message>
    <message>
        <source>Vietnamese cameras (ĐBVN)</source>
        <translation>Вьетнамские камеры (ĐBVN)</translation>
    </message>
    <message>
        <source>Sent %1 · waiting %2 · failed %3</source>
        <translation>Отправлено %1 · ждут %2 · ошибок %3</translation>
    </message>
    <message>
        <source>ĐBVN: this PC&apos;s clock is %1 min off the server&apos;s; sync it (NTP). Sending is paused.</source>
        <translation>ĐBVN: часы этого ПК расходятся с сервером на %1 мин; синхронизируйте их (NTP). Отправка приостановлена.</translation>
    </message>
    <message>
        <source>ĐBVN busy until %1</source>
        <translation>ĐBVN занят до %1</translation>
    </message>
    <message>
        <source>ĐBVN unreachable; retrying</source>
        <translation>ĐBVN недоступен; повторяем попытки</translation>
    </message>
</context>
<context>
    <name>DestinationSectionWidget</name>
    <message>
        <source>Dismiss…</source>
        <translation>Отказаться…</translation>
    </message>
    <message>
        <source>Stop trying to send this event here; a reason is required</source>
        <translation>Больше не отправлять это событие сюда; нужна причина</translation>
    </message>
    <message>
        <source>attempts: %1</source>
        <translation>попыток: %1</translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation>Последний ответ: %1</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Следующая попытка в %1.</translation>
    </message>
</context>
<context>
    <name>EventState</name>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>исправлено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
</context>
<context>
    <name>EventsPanelWidget</name>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Confirm the selected plate and send it (Enter)</source>
        <translation>Подтвердить выбранный номер и отправить (Enter)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>Type the right plate, then send it (F2)</source>
        <translation>Ввести верный номер и отправить (F2)</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Not a plate or a false reading: say why (Delete)</source>
        <translation>Не номер или ложное распознавание: укажите причину (Delete)</translation>
    </message>
    <message>
        <source>Delivery…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Where this event was sent and what the servers said</source>
        <translation>Куда отправлено событие и что ответили серверы</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Отклонить %1</translation>
    </message>
    <message>
        <source>Why is this not a vehicle to report? The reason is kept in the audit log.</source>
        <translation>Почему об этом не нужно сообщать? Причина сохранится в журнале аудита.</translation>
    </message>
    <message>
        <source>Not a plate</source>
        <translation>Это не номер</translation>
    </message>
    <message>
        <source>Plate unreadable</source>
        <translation>Номер не читается</translation>
    </message>
    <message>
        <source>Same vehicle already listed</source>
        <translation>Эта машина уже есть в списке</translation>
    </message>
    <message>
        <source>Service vehicle</source>
        <translation>Служебная машина</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Not sent: this event was already decided. The list shows its state now.</source>
        <translation>Не отправлено: по этому событию уже принято решение. Список показывает его текущее состояние.</translation>
    </message>
    <message>
        <source>Not rejected: this event was already decided.</source>
        <translation>Не отклонено: по этому событию уже принято решение.</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <source>Picture</source>
        <translation>Снимок</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Увер.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Распознано как %1</translation>
    </message>
    <message>
        <source>Today&apos;s CarGoRuqsat queue is not known yet</source>
        <translation>Сегодняшняя очередь CarGoRuqsat пока неизвестна</translation>
    </message>
    <message>
        <source>In today&apos;s CarGoRuqsat queue</source>
        <translation>В сегодняшней очереди CarGoRuqsat</translation>
    </message>
    <message>
        <source>Not in today&apos;s CarGoRuqsat queue</source>
        <translation>Нет в сегодняшней очереди CarGoRuqsat</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation>Решение принял: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CarGoRuqsat Console — %1</source>
        <translation>Консоль CarGoRuqsat — %1</translation>
    </message>
    <message>
        <source>Detected plates</source>
        <translation>Распознанные номера</translation>
    </message>
    <message>
        <source>No cameras are configured. Add them in the configuration file, or start the demo: cgrconsole --demo</source>
        <translation>Камеры не настроены. Добавьте их в файл конфигурации или запустите демо: cgrconsole --demo</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Раскладка</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <source>Show the cameras in a %1 grid</source>
        <translation>Показать камеры сеткой %1</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Консоль</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Номера</translation>
    </message>
    <message>
        <source>Show or hide the list of detected plates (F9)</source>
        <translation>Показать или скрыть список распознанных номеров (F9)</translation>
    </message>
    <message>
        <source>Check with ĐBVN now</source>
        <translation>Сверить с ĐBVN сейчас</translation>
    </message>
    <message>
        <source>Ask the Vietnamese server which sent images it lacks, and send those again</source>
        <translation>Спросить у вьетнамского сервера, каких отправленных снимков у него нет, и отправить их снова</translation>
    </message>
    <message>
        <source>Checking with ĐBVN…</source>
        <translation>Сверка с ĐBVN…</translation>
    </message>
    <message>
        <source>ĐBVN check failed; see the log</source>
        <translation>Сверка с ĐBVN не удалась; см. журнал</translation>
    </message>
    <message>
        <source>ĐBVN has %1 of our recent images; %2 missing were queued again</source>
        <translation>У ĐBVN есть %1 наших недавних снимков; %2 недостающих поставлены в очередь снова</translation>
    </message>
    <message>
        <source>Cameras: %1</source>
        <translation>Камер: %1</translation>
    </message>
    <message>
        <source>CarGoRuqsat Console %1</source>
        <translation>Консоль CarGoRuqsat %1</translation>
    </message>
</context>
<context>
    <name>PlateCorrectionDialog</name>
    <message>
        <source>Correct the plate</source>
        <translation>Исправление номера</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Распознано как %1</translation>
    </message>
    <message>
        <source>Other readings (click to use):</source>
        <translation>Другие варианты (щёлкните, чтобы выбрать):</translation>
    </message>
    <message>
        <source>Type the plate as it is written on the vehicle.</source>
        <translation>Введите номер так, как он написан на машине.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>✓ %1 — %2</source>
        <translation>✓ %1 — %2</translation>
    </message>
    <message>
        <source>No known plate format fits %1. Check every character; if the plate really reads so, you may still send it.</source>
        <translation>%1 не подходит ни под один известный формат номера. Проверьте каждый символ; если номер действительно такой, его всё равно можно отправить.</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
</context>
<context>
    <name>PlateCountry</name>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Вьетнам</translation>
    </message>
</context>
<context>
    <name>WorkerStatus</name>
    <message>
        <source>Recording of %1</source>
        <translation>Запись камеры %1</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>Камера %1</translation>
    </message>
    <message>
        <source>Plate recognition</source>
        <translation>Распознавание номеров</translation>
    </message>
    <message>
        <source>Archive and data maintenance</source>
        <translation>Обслуживание архива и данных</translation>
    </message>
    <message>
        <source>Sending events</source>
        <translation>Отправка событий</translation>
    </message>
    <message>
        <source>Internal error in %1 at %2: restarted by itself. Tell the administrator (see the log)</source>
        <translation>Внутренняя ошибка: %1, в %2; перезапущено автоматически. Сообщите администратору (см. журнал)</translation>
    </message>
    <message>
        <source>Plate recognition: loading the model…</source>
        <translation>Распознавание номеров: загрузка модели…</translation>
    </message>
    <message>
        <source>Plate recognition is OFF: its model could not be loaded. Call the administrator (see the log)</source>
        <translation>Распознавание номеров ВЫКЛЮЧЕНО: не удалось загрузить модель. Вызовите администратора (см. журнал)</translation>
    </message>
</context>
</TS>
