<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>Administrator sign-in</source>
        <translation>Вход администратора</translation>
    </message>
    <message>
        <source>Settings need the administrator. Set the administrator password (at least 8 characters):</source>
        <translation>Настройки доступны только администратору. Задайте пароль администратора (не короче 8 символов):</translation>
    </message>
    <message>
        <source>Settings need the administrator password.</source>
        <translation>Для настроек нужен пароль администратора.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <source>Wrong password (the attempt is recorded in the audit log).</source>
        <translation>Неверный пароль (попытка записана в журнал аудита).</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Въезд</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <source>Recognize plates</source>
        <translation>Распознавать номера</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>RTSP URL</source>
        <translation>Адрес RTSP</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>RTSP URL: %1</source>
        <translation>Адрес RTSP: %1</translation>
    </message>
    <message>
        <source>Administrator mode has ended: sign in again to save.</source>
        <translation>Режим администратора завершён: войдите снова, чтобы сохранить.</translation>
    </message>
    <message>
        <source>Saved. These apply when the console starts again: %1. The rest already applies.</source>
        <translation>Сохранено. После перезапуска консоли вступит в силу: %1. Остальное уже действует.</translation>
    </message>
    <message>
        <source>The live stream&apos;s new settings wait: %1 remote viewer(s) watch it now, and restarting the stream cuts them off for a few seconds.</source>
        <translation>Новые настройки трансляции ждут: сейчас её смотрят удалённые зрители (%1), перезапуск трансляции отключит их на несколько секунд.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Нужен перезапуск</translation>
    </message>
    <message>
        <source>Restart the console now</source>
        <translation>Перезапустить консоль сейчас</translation>
    </message>
    <message>
        <source>Recording pauses for a few seconds while it starts again</source>
        <translation>Запись прервётся на несколько секунд, пока консоль запускается снова</translation>
    </message>
    <message>
        <source>Restart the live stream now</source>
        <translation>Перезапустить трансляцию сейчас</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Пароли не совпадают: введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Пароль должен быть не короче 8 символов.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Changes are saved to %1</source>
        <translation>Изменения сохраняются в %1</translation>
    </message>
    <message>
        <source>Remove the chosen camera (its recording is finished)</source>
        <translation>Удалить выбранную камеру (её запись будет завершена)</translation>
    </message>
    <message>
        <source>Move up: the tiles follow this order</source>
        <translation>Выше: плитки идут в этом порядке</translation>
    </message>
    <message>
        <source>Move down: the tiles follow this order</source>
        <translation>Ниже: плитки идут в этом порядке</translation>
    </message>
    <message>
        <source>1-40 of A-Z a-z 0-9 _ -: it names the archive&apos;s folders</source>
        <translation>1–40 символов из A-Z a-z 0-9 _ -: так называются папки архива</translation>
    </message>
    <message>
        <source>e.g. Entry, lane 1</source>
        <translation>напр. Въезд, полоса 1</translation>
    </message>
    <message>
        <source>Send without the officer</source>
        <translation>Отправлять без оператора</translation>
    </message>
    <message>
        <source>Off by default. A reading is sent at once when its format is valid and its confidence is at least the threshold below.</source>
        <translation>По умолчанию выключено. Номер отправляется сразу, если его формат верен, а уверенность не ниже порога ниже.</translation>
    </message>
    <message>
        <source>Auto-send threshold (all cameras)</source>
        <translation>Порог автоотправки (все камеры)</translation>
    </message>
    <message>
        <source>Only plates in today&apos;s queue</source>
        <translation>Только номера из очереди на сегодня</translation>
    </message>
    <message>
        <source>Auto-send only plates in today&apos;s CarGoRuqsat queue (all cameras)</source>
        <translation>Автоотправка только номеров из сегодняшней очереди CarGoRuqsat (все камеры)</translation>
    </message>
    <message>
        <source>Drag a rectangle on the picture: plates are read only inside it</source>
        <translation>Обведите прямоугольник на картинке: номера распознаются только внутри него</translation>
    </message>
    <message>
        <source>Whole picture</source>
        <translation>Весь кадр</translation>
    </message>
    <message>
        <source>Read plates in the whole picture (no area)</source>
        <translation>Распознавать номера во всём кадре (без области)</translation>
    </message>
    <message>
        <source>Recognition area</source>
        <translation>Область распознавания</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Камеры</translation>
    </message>
    <message>
        <source>stored in the keyring; type to replace</source>
        <translation>хранится в хранилище ключей; введите, чтобы заменить</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>Whole picture (drag a rectangle on the Test picture to narrow it)</source>
        <translation>Весь кадр (чтобы сузить, обведите прямоугольник на картинке проверки)</translation>
    </message>
    <message>
        <source>Across %1–%2 %, down %3–%4 % of the picture</source>
        <translation>По ширине %1–%2 %, по высоте %3–%4 % кадра</translation>
    </message>
    <message>
        <source>Camera %1, field “%2”: %3</source>
        <translation>Камера %1, поле «%2»: %3</translation>
    </message>
    <message>
        <source>Add a camera</source>
        <translation>Добавить камеру</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Не сохранено:</translation>
    </message>
    <message>
        <source>The keyring cannot store the secret (%1); nothing was saved.</source>
        <translation>Хранилище ключей не может сохранить секрет (%1); ничего не сохранено.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Administrator mode ends after %1 min without activity.</source>
        <translation>Режим администратора завершается после %1 мин без действий.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Wrong user name or password: the camera refused them (401). Correct the User and Password fields.</source>
        <translation>Неверное имя пользователя или пароль: камера их отклонила (401). Исправьте поля «Пользователь» и «Пароль».</translation>
    </message>
    <message>
        <source>The host name in the RTSP URL is unknown. Check the address (or use the camera&apos;s IP).</source>
        <translation>Имя хоста в адресе RTSP неизвестно. Проверьте адрес (или укажите IP камеры).</translation>
    </message>
    <message>
        <source>The camera cannot be reached. Check the IP address in the RTSP URL, the VPN and the cable.</source>
        <translation>Камера недоступна. Проверьте IP-адрес в адресе RTSP, VPN и кабель.</translation>
    </message>
    <message>
        <source>Nothing listens at this port. Check the port in the RTSP URL (usually 554).</source>
        <translation>На этом порту никто не отвечает. Проверьте порт в адресе RTSP (обычно 554).</translation>
    </message>
    <message>
        <source>The camera does not answer in time (timeout). Check the address, or restart the camera.</source>
        <translation>Камера не отвечает вовремя (тайм-аут). Проверьте адрес или перезапустите камеру.</translation>
    </message>
    <message>
        <source>The camera has no stream at this path. Check the path in the RTSP URL (see the camera&apos;s manual).</source>
        <translation>У камеры нет потока по этому пути. Проверьте путь в адресе RTSP (см. руководство камеры).</translation>
    </message>
    <message>
        <source>The camera connected but sent no picture in time. Try the camera&apos;s main stream.</source>
        <translation>Камера подключилась, но вовремя не прислала изображение. Попробуйте основной поток камеры.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Connect to the camera with these fields and show its picture</source>
        <translation>Подключиться к камере с этими данными и показать изображение</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>Изображения пока нет</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Codec: %1, %2×%3</source>
        <translation>Кодек: %1, %2×%3</translation>
    </message>
    <message>
        <source>Frame rate: %1 fps</source>
        <translation>Частота кадров: %1 к/с</translation>
    </message>
    <message>
        <source>Keyframe every %1 frames</source>
        <translation>Опорный кадр каждые %1 кадров</translation>
    </message>
    <message>
        <source>Keyframe interval: longer than the test (over %1 s)</source>
        <translation>Интервал опорных кадров: дольше проверки (более %1 с)</translation>
    </message>
    <message>
        <source>Archive: off</source>
        <translation>Архив: выключен</translation>
    </message>
    <message>
        <source>Archive: will be re-encoded to H.264 720p (uses the processor). Set the camera to H.264, at most 1280×720, to record it as it is.</source>
        <translation>Архив: поток будет перекодирован в H.264 720p (нагружает процессор). Чтобы записывать как есть, настройте камеру на H.264 не более 1280×720.</translation>
    </message>
    <message>
        <source>Archive: will copy the stream as it is (no re-encoding).</source>
        <translation>Архив: поток будет записан как есть (без перекодирования).</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Нет изображения</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Проверка не пройдена: %1</translation>
    </message>
    <message>
        <source>No registration token: enter the one CarGoRuqsat issued for this site.</source>
        <translation>Нет регистрационного токена: введите токен, выданный CarGoRuqsat для этого пункта.</translation>
    </message>
    <message>
        <source>CarGoRuqsat refused the registration token: check it and the mode, then type it again.</source>
        <translation>CarGoRuqsat отклонил регистрационный токен: проверьте его и режим, затем введите заново.</translation>
    </message>
    <message>
        <source>No ĐBVN password: enter the password ĐBVN issued with the user name.</source>
        <translation>Нет пароля ĐBVN: введите пароль, выданный ĐBVN вместе с именем пользователя.</translation>
    </message>
    <message>
        <source>ĐBVN refused the login: check the provider ID, the user name and the password.</source>
        <translation>ĐBVN отклонил вход: проверьте ID поставщика, имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Send events to CarGoRuqsat</source>
        <translation>Отправлять события в CarGoRuqsat</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Пункт пропуска</translation>
    </message>
    <message>
        <source>Waiting area</source>
        <translation>Зона ожидания</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Registration token</source>
        <translation>Регистрационный токен</translation>
    </message>
    <message>
        <source>Send pictures to ĐBVN</source>
        <translation>Отправлять снимки в ĐBVN</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>ID поставщика</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Camera ID (registered)</source>
        <translation>ID камеры (зарегистрированный)</translation>
    </message>
    <message>
        <source>Position (latitude, longitude)</source>
        <translation>Координаты (широта, долгота)</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Log in with these fields and read the server&apos;s status (nothing is sent)</source>
        <translation>Войти с этими данными и прочитать состояние сервера (ничего не отправляется)</translation>
    </message>
    <message>
        <source>Signed in. Today&apos;s queue: %1 plates.</source>
        <translation>Вход выполнен. Очередь на сегодня: %1 номеров.</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>занят</translation>
    </message>
    <message>
        <source>Signed in. Server: %1.</source>
        <translation>Вход выполнен. Сервер: %1.</translation>
    </message>
    <message>
        <source>Clock difference: %1 s.</source>
        <translation>Расхождение часов: %1 с.</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>Сервер отвечает.</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Название пункта</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>The time zone names the archive&apos;s hour folders and the times sent with each event (e.g. Asia/Almaty, Asia/Aqtobe).</source>
        <translation>По часовому поясу называются часовые папки архива и указывается время каждого события (напр. Asia/Almaty, Asia/Aqtobe).</translation>
    </message>
    <message>
        <source>A new name applies at once; a new time zone at the next start of the console.</source>
        <translation>Новое название действует сразу; новый часовой пояс — со следующего запуска консоли.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Site name: must not be empty.</source>
        <translation>Название пункта: не может быть пустым.</translation>
    </message>
    <message>
        <source>Time zone: unknown name; choose one from the list (e.g. Asia/Almaty).</source>
        <translation>Часовой пояс: неизвестное название; выберите из списка (напр. Asia/Almaty).</translation>
    </message>
    <message>
        <source>Record the cameras</source>
        <translation>Записывать камеры</translation>
    </message>
    <message>
        <source>Field “%1”: %2</source>
        <translation>Поле «%1»: %2</translation>
    </message>
    <message>
        <source>Serve the live stream (HLS) to the remote operator</source>
        <translation>Передавать живое видео (HLS) удалённому оператору</translation>
    </message>
    <message>
        <source>Automatic (a self-signed certificate made at the first start)</source>
        <translation>Автоматически (самоподписанный сертификат создаётся при первом запуске)</translation>
    </message>
    <message>
        <source>Certificate files (PEM)</source>
        <translation>Файлы сертификата (PEM)</translation>
    </message>
    <message>
        <source>Off (plain HTTP, only inside a VPN)</source>
        <translation>Выключено (простой HTTP, только внутри VPN)</translation>
    </message>
    <message>
        <source>One address or network a line; only these clients may watch (e.g. the VPN&apos;s 10.8.0.0/24).</source>
        <translation>Один адрес или сеть на строку; смотреть могут только эти клиенты (например, сеть VPN 10.8.0.0/24).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Saved changes restart the live stream at once; if remote viewers are watching, you are asked first.</source>
        <translation>Сохранённые изменения сразу перезапускают трансляцию; если её смотрят удалённые зрители, консоль сначала спросит.</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Адрес прослушивания</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Шифрование (TLS)</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Файл сертификата</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>Allowed clients</source>
        <translation>Разрешённые клиенты</translation>
    </message>
    <message>
        <source>Web players allowed (CORS origins)</source>
        <translation>Разрешённые веб-плееры (источники CORS)</translation>
    </message>
    <message>
        <source>Part length</source>
        <translation>Длина части</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Live stream (HLS)</source>
        <translation>Живое видео (HLS)</translation>
    </message>
    <message>
        <source>Copy the archive to the server</source>
        <translation>Копировать архив на сервер</translation>
    </message>
    <message>
        <source>none: log in with the password</source>
        <translation>нет: вход по паролю</translation>
    </message>
    <message>
        <source>Password (or the key&apos;s passphrase)</source>
        <translation>Пароль (или парольная фраза ключа)</translation>
    </message>
    <message>
        <source>Trust the key shown</source>
        <translation>Доверять показанному ключу</translation>
    </message>
    <message>
        <source>Pin the key the server showed in the last Test</source>
        <translation>Закрепить ключ, показанный сервером при последней проверке</translation>
    </message>
    <message>
        <source>Nothing is sent to a server whose key is not pinned here. Compare the key the Test shows with `ssh-keygen -lf` on the server before you trust it.</source>
        <translation>На сервер, ключ которого здесь не закреплён, ничего не отправляется. Прежде чем доверять ключу, сравните показанный проверкой ключ с выводом `ssh-keygen -lf` на сервере.</translation>
    </message>
    <message>
        <source>Connect with these fields and list the remote folder (nothing is sent)</source>
        <translation>Подключиться с этими данными и показать удалённую папку (ничего не отправляется)</translation>
    </message>
    <message>
        <source>Saved changes apply from the next file sent. Switching the upload on or off applies at the next start of the console.</source>
        <translation>Сохранённые изменения действуют со следующего отправляемого файла. Включение или выключение выгрузки — со следующего запуска консоли.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Remote folder</source>
        <translation>Удалённая папка</translation>
    </message>
    <message>
        <source>Server&apos;s host key</source>
        <translation>Ключ сервера (host key)</translation>
    </message>
    <message>
        <source>Archive upload (SFTP)</source>
        <translation>Выгрузка архива (SFTP)</translation>
    </message>
    <message>
        <source>Server&apos;s host key: %1 (%2).</source>
        <translation>Ключ сервера: %1 (%2).</translation>
    </message>
    <message>
        <source>No key is pinned: compare it with `ssh-keygen -lf` on the server, then press “Trust the key shown”.</source>
        <translation>Ключ не закреплён: сравните его с выводом `ssh-keygen -lf` на сервере и нажмите «Доверять показанному ключу».</translation>
    </message>
    <message>
        <source>Logged in, but the remote folder “%1” cannot be read: check the field “Remote folder”.</source>
        <translation>Вход выполнен, но удалённую папку «%1» прочитать нельзя: проверьте поле «Удалённая папка».</translation>
    </message>
    <message>
        <source>Logged in. The remote folder has %1 entries: %2</source>
        <translation>Вход выполнен. Удалённая папка (объектов: %1): %2</translation>
    </message>
    <message>
        <source>Logged in. The remote folder is empty.</source>
        <translation>Вход выполнен. Удалённая папка пуста.</translation>
    </message>
    <message>
        <source>required without a key file.</source>
        <translation>обязателен, если нет файла ключа.</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Папка архива</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Keep the video</source>
        <translation>Хранить видео</translation>
    </message>
    <message>
        <source>Allow fewer than 60 days (the contract requires at least 60)</source>
        <translation>Разрешить меньше 60 дней (договор требует не менее 60)</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> ГБ</translation>
    </message>
    <message>
        <source>Keep free on the disk</source>
        <translation>Оставлять свободным на диске</translation>
    </message>
    <message>
        <source>The archive has no size cap of its own: when the disk&apos;s free space falls below this, the oldest files are deleted first.</source>
        <translation>У архива нет собственного ограничения размера: когда свободного места на диске становится меньше этого, первыми удаляются самые старые файлы.</translation>
    </message>
    <message>
        <source>Archive and retention</source>
        <translation>Архив и хранение</translation>
    </message>
    <message>
        <source>Keep the video: %1 days is less than the contract&apos;s 60; tick the box above to allow it.</source>
        <translation>Хранить видео: %1 дн. — меньше 60 по договору; чтобы разрешить, отметьте флажок выше.</translation>
    </message>
    <message>
        <source>Warning: the archive will be kept only %1 days.</source>
        <translation>Внимание: архив будет храниться только %1 дн.</translation>
    </message>
    <message>
        <source>Keep the video: at least 60 days, or tick “Allow fewer than 60 days”.</source>
        <translation>Хранить видео: не менее 60 дней, или отметьте «Разрешить меньше 60 дней».</translation>
    </message>
    <message>
        <source>As the computer&apos;s language</source>
        <translation>Как язык компьютера</translation>
    </message>
    <message>
        <source>Language of the console</source>
        <translation>Язык консоли</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the console.</source>
        <translation>Новый язык будет использован со следующего запуска консоли.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>ArchivePlayerWidget</name>
    <message>
        <source>Open in the system&apos;s player</source>
        <translation>Открыть в системном плеере</translation>
    </message>
    <message>
        <source>Open the archive file in the video player of this computer</source>
        <translation>Открыть файл архива в видеоплеере этого компьютера</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 с</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 с</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>Next file ▶</source>
        <translation>Следующий файл ▶</translation>
    </message>
    <message>
        <source>The built-in player cannot play the archive: VLC (libvlc) is not available on this computer (%1). Open the file in the system&apos;s player and go to %2.</source>
        <translation>Встроенный плеер не может воспроизвести архив: на этом компьютере нет VLC (libvlc) (%1). Откройте файл в системном плеере и перейдите к %2.</translation>
    </message>
    <message>
        <source>The built-in player could not open this file.</source>
        <translation>Встроенный плеер не смог открыть этот файл.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>event at %1</source>
        <translation>событие на %1</translation>
    </message>
    <message>
        <source>end of the file: the next one is ready</source>
        <translation>конец файла: следующий готов</translation>
    </message>
    <message>
        <source>The built-in player could not play this file.</source>
        <translation>Встроенный плеер не смог воспроизвести этот файл.</translation>
    </message>
    <message>
        <source>This moment is in the file being recorded now; it can be watched when the file is finished (within 5 minutes).</source>
        <translation>Этот момент в файле, который сейчас записывается; его можно посмотреть, когда файл будет закончен (в течение 5 минут).</translation>
    </message>
    <message>
        <source>The archive file of this moment is no longer on disk (deleted by retention).</source>
        <translation>Файла архива с этим моментом больше нет на диске (удалён по сроку хранения).</translation>
    </message>
    <message>
        <source>No archive video of this moment.</source>
        <translation>Нет архивного видео этого момента.</translation>
    </message>
    <message>
        <source>Opens %1; go to %2 in it</source>
        <translation>Открывает %1; перейдите в нём к %2</translation>
    </message>
    <message>
        <source>No later file of this camera yet</source>
        <translation>Более позднего файла этой камеры пока нет</translation>
    </message>
    <message>
        <source>Play the camera&apos;s next file: %1</source>
        <translation>Воспроизвести следующий файл камеры: %1</translation>
    </message>
</context>
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
        <source>Archive disk almost full: %1 file(s) deleted before upload to keep recording. Free space on the disk.</source>
        <translation>Диск архива почти заполнен: удалено файлов до отправки — %1, чтобы не остановить запись. Освободите место на диске.</translation>
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
        <source>&lt; 1 day</source>
        <translation>&lt; 1 дн.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>Archive: %1, %2, %3 free</source>
        <translation>Архив: %1, %2, свободно %3</translation>
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
    <message>
        <source>received; the server&apos;s number for it: %1</source>
        <translation>получено; номер на сервере: %1</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Распознан как</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Камеры</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Number on the server</source>
        <translation>Номер на сервере</translation>
    </message>
    <message>
        <source>File on the server</source>
        <translation>Файл на сервере</translation>
    </message>
    <message>
        <source>Size, bytes</source>
        <translation>Размер, байт</translation>
    </message>
    <message>
        <source>Sent, bytes</source>
        <translation>Отправлено, байт</translation>
    </message>
    <message>
        <source>Resumed at byte</source>
        <translation>Продолжено с байта</translation>
    </message>
    <message>
        <source>Duration, s</source>
        <translation>Длительность, с</translation>
    </message>
    <message>
        <source>Speed, MB/s</source>
        <translation>Скорость, МБ/с</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросов</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Server&apos;s key</source>
        <translation>Ключ сервера</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Days kept</source>
        <translation>Хранится дней</translation>
    </message>
    <message>
        <source>Free, bytes</source>
        <translation>Свободно, байт</translation>
    </message>
    <message>
        <source>Freed, bytes</source>
        <translation>Освобождено, байт</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Previous officer</source>
        <translation>Предыдущий сотрудник</translation>
    </message>
    <message>
        <source>Next officer</source>
        <translation>Следующий сотрудник</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Кодек</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Высота</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправка</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <source>the server had it already</source>
        <translation>уже был на сервере</translation>
    </message>
    <message>
        <source>not delivered, will retry</source>
        <translation>не доставлено, будет повтор</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>refused again (repeats counted)</source>
        <translation>снова отказано (повторы подсчитаны)</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>выгружено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>put aside (cannot be sent)</source>
        <translation>отложено (отправить нельзя)</translation>
    </message>
    <message>
        <source>login refused</source>
        <translation>вход отклонён</translation>
    </message>
    <message>
        <source>the server&apos;s key changed: refused</source>
        <translation>ключ сервера изменился: отказ</translation>
    </message>
    <message>
        <source>the server&apos;s key is not pinned</source>
        <translation>ключ сервера не закреплён</translation>
    </message>
    <message>
        <source>watched (session ended)</source>
        <translation>просмотр (сеанс завершён)</translation>
    </message>
    <message>
        <source>watching</source>
        <translation>смотрит</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>подключился</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>отключился</translation>
    </message>
    <message>
        <source>console started</source>
        <translation>консоль запущена</translation>
    </message>
    <message>
        <source>console stopped</source>
        <translation>консоль остановлена</translation>
    </message>
    <message>
        <source>old records deleted (retention)</source>
        <translation>удалены старые записи (срок хранения)</translation>
    </message>
    <message>
        <source>file recovered after a power cut</source>
        <translation>файл восстановлен после сбоя питания</translation>
    </message>
    <message>
        <source>low disk space: oldest deleted</source>
        <translation>мало места на диске: удалено самое старое</translation>
    </message>
    <message>
        <source>disk almost full: oldest video deleted</source>
        <translation>диск почти заполнен: удалено самое старое видео</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>внутренняя ошибка</translation>
    </message>
    <message>
        <source>sending dismissed</source>
        <translation>отправка отменена</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>добавлено вручную</translation>
    </message>
    <message>
        <source>decision changed</source>
        <translation>решение изменено</translation>
    </message>
    <message>
        <source>shift started</source>
        <translation>смена начата</translation>
    </message>
    <message>
        <source>shift ended</source>
        <translation>смена завершена</translation>
    </message>
    <message>
        <source>setting changed</source>
        <translation>изменена настройка</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>пароль задан</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>sign-out</source>
        <translation>выход</translation>
    </message>
    <message>
        <source>test</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>time ran out</source>
        <translation>время истекло</translation>
    </message>
    <message>
        <source>by the user</source>
        <translation>по запросу пользователя</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>бездействие</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>сервер остановлен</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
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
        <source>No new frames for %n s</source>
        <translation>
            <numerusform>Нет новых кадров уже %n с</numerusform>
            <numerusform>Нет новых кадров уже %n с</numerusform>
            <numerusform>Нет новых кадров уже %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The camera sends the same picture for %n s</source>
        <translation>
            <numerusform>Камера передаёт одно и то же изображение уже %n с</numerusform>
            <numerusform>Камера передаёт одно и то же изображение уже %n с</numerusform>
            <numerusform>Камера передаёт одно и то же изображение уже %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>REC</source>
        <translation>ЗАПИСЬ</translation>
    </message>
    <message>
        <source>NOT RECORDING: %1</source>
        <translation>НЕТ ЗАПИСИ: %1</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Ошибка настройки</translation>
    </message>
    <message>
        <source>This camera is off until the configuration is corrected:</source>
        <translation>Камера выключена, пока не исправлена конфигурация:</translation>
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
    <message>
        <source>%1 fps</source>
        <translation>%1 к/с</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 кбит/с</translation>
    </message>
</context>
<context>
    <name>ConfigProblem</name>
    <message>
        <source>the file does not exist</source>
        <translation>файл не существует</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>файл не читается ({error})</translation>
    </message>
    <message>
        <source>TOML syntax error: {error}</source>
        <translation>синтаксическая ошибка TOML: {error}</translation>
    </message>
    <message>
        <source>expected [[cameras]] tables, one per camera</source>
        <translation>ожидаются таблицы [[cameras]], по одной на камеру</translation>
    </message>
    <message>
        <source>unknown time zone {zone!r} (e.g. &apos;Asia/Almaty&apos;)</source>
        <translation>неизвестный часовой пояс {zone!r} (например, &apos;Asia/Almaty&apos;)</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>должно быть больше 0</translation>
    </message>
    <message>
        <source>must be 0.2..25 frames per second</source>
        <translation>должно быть 0.2..25 кадров в секунду</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most 1</source>
        <translation>должно быть больше 0 и не больше 1</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most uplink.retry_max_s</source>
        <translation>должно быть больше 0 и не больше uplink.retry_max_s</translation>
    </message>
    <message>
        <source>{name!r} must be 1-40 of A-Z a-z 0-9 _ - (it names archive folders); put other text in &apos;title&apos;</source>
        <translation>{name!r}: допустимо 1–40 символов из A-Z a-z 0-9 _ - (это имя папок архива); другой текст укажите в &apos;title&apos;</translation>
    </message>
    <message>
        <source>{name!r} is a device name on Windows, where no archive folder can have it; choose another name (e.g. Camera1) and put the text in &apos;title&apos;</source>
        <translation>{name!r} — имя устройства в Windows, там папка архива не может так называться; выберите другое имя (например, Camera1), а текст укажите в &apos;title&apos;</translation>
    </message>
    <message>
        <source>duplicate camera name {name!r} (also cameras[{other}])</source>
        <translation>имя камеры {name!r} повторяется (также cameras[{other}])</translation>
    </message>
    <message>
        <source>contains a password; remove it from the URL and store it with &apos;cgrconsole secret set camera/{name}&apos; (kept in the OS keyring)</source>
        <translation>содержит пароль; уберите его из URL и сохраните командой &apos;cgrconsole secret set camera/{name}&apos; (хранится в хранилище ключей ОС)</translation>
    </message>
    <message>
        <source>must be [x1, y1, x2, y2] fractions with 0 &lt;= x1 &lt; x2 &lt;= 1 and 0 &lt;= y1 &lt; y2 &lt;= 1</source>
        <translation>должно быть [x1, y1, x2, y2] — доли кадра, где 0 &lt;= x1 &lt; x2 &lt;= 1 и 0 &lt;= y1 &lt; y2 &lt;= 1</translation>
    </message>
    <message>
        <source>the events</source>
        <translation>события</translation>
    </message>
    <message>
        <source>must be one of {choices} (whole minutes that divide an hour); the customer&apos;s layout uses 300</source>
        <translation>должно быть одним из {choices} (целые минуты, на которые делится час); в схеме заказчика 300</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>должно быть не меньше 1</translation>
    </message>
    <message>
        <source>the archive must be kept at least 60 days; set archive.allow_short_retention = true to go below</source>
        <translation>архив хранится не меньше 60 дней; чтобы задать меньше, укажите archive.allow_short_retention = true</translation>
    </message>
    <message>
        <source>must be at least {days} days (as long as {what}); set archive.allow_short_retention = true to go below</source>
        <translation>должно быть не меньше {days} дн. (столько же, сколько {what}); чтобы задать меньше, укажите archive.allow_short_retention = true</translation>
    </message>
    <message>
        <source>must be greater than 0 and less than archive.min_free_gb</source>
        <translation>должно быть больше 0 и меньше archive.min_free_gb</translation>
    </message>
    <message>
        <source>must be 200..1300 (50 MB per 5 minutes is 1333 kbit/s)</source>
        <translation>должно быть 200..1300 (50 МБ за 5 минут — это 1333 кбит/с)</translation>
    </message>
    <message>
        <source>{address!r} is not an address (e.g. &quot;0.0.0.0&quot;, &quot;::&quot; or the VPN&apos;s)</source>
        <translation>{address!r} — не адрес (например, &quot;0.0.0.0&quot;, &quot;::&quot; или адрес VPN)</translation>
    </message>
    <message>
        <source>must be 1..65535 (0 picks a free port at each start)</source>
        <translation>должно быть 1..65535 (0 — свободный порт при каждом запуске)</translation>
    </message>
    <message>
        <source>tls = &quot;files&quot; needs cert_file and key_file (PEM); or tls = &quot;auto&quot;</source>
        <translation>для tls = &quot;files&quot; нужны cert_file и key_file (PEM); или укажите tls = &quot;auto&quot;</translation>
    </message>
    <message>
        <source>{entry!r} is not an address or network (e.g. 10.8.0.0/24)</source>
        <translation>{entry!r} — не адрес и не сеть (например, 10.8.0.0/24)</translation>
    </message>
    <message>
        <source>{origin!r} is not an origin (e.g. https://iuc.example.kz)</source>
        <translation>{origin!r} — не источник (origin, например https://iuc.example.kz)</translation>
    </message>
    <message>
        <source>must be 1..max_connections (and that at least 1)</source>
        <translation>должно быть 1..max_connections (а оно — не меньше 1)</translation>
    </message>
    <message>
        <source>must be 0.1..2.0 seconds (LL-HLS parts; 0.2 is the default)</source>
        <translation>должно быть 0.1..2.0 секунды (части LL-HLS; по умолчанию 0.2)</translation>
    </message>
    <message>
        <source>must be part_target_s..10 seconds (1 is the default)</source>
        <translation>должно быть part_target_s..10 секунд (по умолчанию 1)</translation>
    </message>
    <message>
        <source>must be 3..60 (7 is the default)</source>
        <translation>должно быть 3..60 (по умолчанию 7)</translation>
    </message>
    <message>
        <source>expected a table, got {kind}</source>
        <translation>ожидается таблица, получено: {kind}</translation>
    </message>
    <message>
        <source>the file: expected a table, got {kind}</source>
        <translation>файл: ожидается таблица, получено: {kind}</translation>
    </message>
    <message>
        <source>unknown key (did you mean &apos;{hint}&apos;?)</source>
        <translation>неизвестный ключ (может быть, &apos;{hint}&apos;?)</translation>
    </message>
    <message>
        <source>unknown key; known keys: {keys}</source>
        <translation>неизвестный ключ; известные ключи: {keys}</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>нет обязательного ключа</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {value!r}</source>
        <translation>должно быть одним из {choices}, получено {value!r}</translation>
    </message>
    <message>
        <source>expected a list, got {kind}</source>
        <translation>ожидается список, получено: {kind}</translation>
    </message>
    <message>
        <source>expected a list of {expected} values, got {got}</source>
        <translation>ожидается список из {expected} значений, получено {got}</translation>
    </message>
    <message>
        <source>expected true or false, got {kind}</source>
        <translation>ожидается true или false, получено: {kind}</translation>
    </message>
    <message>
        <source>expected a number, got {kind}</source>
        <translation>ожидается число, получено: {kind}</translation>
    </message>
    <message>
        <source>expected a whole number, got {kind}</source>
        <translation>ожидается целое число, получено: {kind}</translation>
    </message>
    <message>
        <source>expected text in quotes, got {kind}</source>
        <translation>ожидается текст в кавычках, получено: {kind}</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <source>needs at least 3 [x, y] corners, got {count}</source>
        <translation>нужно не меньше 3 углов [x, y], задано {count}</translation>
    </message>
    <message>
        <source>corners are [x, y] fractions of the picture&apos;s width and height, each 0..1 (0, 0 is the top left)</source>
        <translation>углы — это [x, y] в долях ширины и высоты кадра, каждая 0..1 (0, 0 — левый верхний угол)</translation>
    </message>
    <message>
        <source>encloses no area (its corners are on one line or repeated)</source>
        <translation>не ограничивает площадь (углы на одной прямой или повторяются)</translation>
    </message>
    <message>
        <source>give the lane either direction (entry, exit) or entry_motion (down, up, towards, away), not both and not neither</source>
        <translation>укажите для полосы либо direction (entry, exit), либо entry_motion (down, up, towards, away) — ровно одно из двух</translation>
    </message>
    <message>
        <source>empty or contains spaces</source>
        <translation>пустой или содержит пробелы</translation>
    </message>
    <message>
        <source>cannot be parsed ({error})</source>
        <translation>не разбирается ({error})</translation>
    </message>
    <message>
        <source>has no scheme: write rtsp://host/path</source>
        <translation>нет схемы: пишите rtsp://host/path</translation>
    </message>
    <message>
        <source>unknown scheme {scheme!r}: a camera URL starts with {known}</source>
        <translation>неизвестная схема {scheme!r}: URL камеры начинается с {known}</translation>
    </message>
    <message>
        <source>write {scheme}://host/path (two slashes)</source>
        <translation>пишите {scheme}://host/path (две косые черты)</translation>
    </message>
    <message>
        <source>has no valid host</source>
        <translation>нет правильного имени хоста</translation>
    </message>
    <message>
        <source>must be 5..3600 seconds</source>
        <translation>должно быть 5..3600 секунд</translation>
    </message>
    <message>
        <source>must be 0.5..60 seconds</source>
        <translation>должно быть 0.5..60 секунд</translation>
    </message>
    <message>
        <source>at most a quarter of reachability.interval_s (a round of checks must end before the next one starts)</source>
        <translation>не больше четверти reachability.interval_s (круг проверок должен закончиться до начала следующего)</translation>
    </message>
    <message>
        <source>expected http(s)://host[:port], got {url!r}</source>
        <translation>ожидается http(s)://host[:port], получено {url!r}</translation>
    </message>
    <message>
        <source>unknown field; known: {fields}</source>
        <translation>неизвестное поле; известные: {fields}</translation>
    </message>
    <message>
        <source>the JSON name {name!r} is used twice</source>
        <translation>имя JSON {name!r} использовано дважды</translation>
    </message>
    <message>
        <source>cannot be left out (the service needs it)</source>
        <translation>нельзя опустить (сервис его требует)</translation>
    </message>
    <message>
        <source>entry and exit must differ</source>
        <translation>entry и exit должны различаться</translation>
    </message>
    <message>
        <source>as_number needs whole numbers, e.g. entry = &quot;1&quot;</source>
        <translation>для as_number нужны целые числа, например entry = &quot;1&quot;</translation>
    </message>
    <message>
        <source>must be above 0</source>
        <translation>должно быть больше 0</translation>
    </message>
    <message>
        <source>{phrase!r} is too short to mean only that</source>
        <translation>{phrase!r} слишком короткая, чтобы означать только это</translation>
    </message>
    <message>
        <source>at least 8 (a readable photo needs it)</source>
        <translation>не меньше 8 (иначе фото не прочесть)</translation>
    </message>
    <message>
        <source>must start with https://</source>
        <translation>должен начинаться с https://</translation>
    </message>
    <message>
        <source>the ProviderID issued by ĐBVN is missing</source>
        <translation>нет ProviderID, выданного ĐBVN</translation>
    </message>
    <message>
        <source>the UserName issued by ĐBVN is missing</source>
        <translation>нет UserName, выданного ĐBVN</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s position is not set</source>
        <translation>не задано положение пункта пропуска</translation>
    </message>
    <message>
        <source>only bits 0, 2 and 4 (0b000Z0Y0X) may be set</source>
        <translation>можно задавать только биты 0, 2 и 4 (0b000Z0Y0X)</translation>
    </message>
    <message>
        <source>the CameraID registered with ĐBVN is missing</source>
        <translation>нет CameraID, зарегистрированного в ĐBVN</translation>
    </message>
    <message>
        <source>no CameraID is set for any camera</source>
        <translation>ни для одной камеры не задан CameraID</translation>
    </message>
    <message>
        <source>must be between 1 and 500</source>
        <translation>должно быть от 1 до 500</translation>
    </message>
    <message>
        <source>must be between 600000 and 10 MB</source>
        <translation>должно быть от 600000 до 10 МБ</translation>
    </message>
    <message>
        <source>must be between 1 and 300 seconds (60–120 advised)</source>
        <translation>должно быть от 1 до 300 секунд (рекомендуется 60–120)</translation>
    </message>
    <message>
        <source>required when sftp.enabled = true (the server&apos;s name or address)</source>
        <translation>обязательно при sftp.enabled = true (имя или адрес сервера)</translation>
    </message>
    <message>
        <source>must be 1..65535</source>
        <translation>должно быть 1..65535</translation>
    </message>
    <message>
        <source>required (the dedicated SFTP account)</source>
        <translation>обязательно (отдельная учётная запись SFTP)</translation>
    </message>
    <message>
        <source>must not be empty (use &apos;.&apos; for the account&apos;s home folder)</source>
        <translation>не может быть пустым (для домашней папки учётной записи укажите &apos;.&apos;)</translation>
    </message>
    <message>
        <source>must look like SHA256:&lt;43 characters&gt;, as `ssh-keygen -lf` prints it (leave it empty to have the console show the server&apos;s key)</source>
        <translation>должно выглядеть как SHA256:&lt;43 символа&gt;, как печатает `ssh-keygen -lf` (оставьте пустым, и консоль покажет ключ сервера)</translation>
    </message>
    <message>
        <source>must be 1..16</source>
        <translation>должно быть 1..16</translation>
    </message>
    <message>
        <source>must be 0 (unlimited) or more</source>
        <translation>должно быть 0 (без ограничения) или больше</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most sftp.retry_max_s</source>
        <translation>должно быть больше 0 и не больше sftp.retry_max_s</translation>
    </message>
    <message>
        <source>unknown synthetic option(s): {options}</source>
        <translation>неизвестные параметры synthetic: {options}</translation>
    </message>
    <message>
        <source>synthetic option {name}={text!r} must be a whole number</source>
        <translation>параметр synthetic {name}={text!r} должен быть целым числом</translation>
    </message>
    <message>
        <source>synthetic option {name}={text!r} must be a number</source>
        <translation>параметр synthetic {name}={text!r} должен быть числом</translation>
    </message>
    <message>
        <source>synthetic option size={size!r} must be WIDTHxHEIGHT</source>
        <translation>параметр synthetic size={size!r} должен быть в виде ШИРИНАxВЫСОТА (WIDTHxHEIGHT)</translation>
    </message>
    <message>
        <source>synthetic option direction={direction!r} must be entry, exit or both</source>
        <translation>параметр synthetic direction={direction!r} должен быть entry, exit или both</translation>
    </message>
    <message>
        <source>synthetic options out of range: {error}</source>
        <translation>параметры synthetic вне допустимых пределов: {error}</translation>
    </message>
    <message>
        <source>synthetic option size={size!r} must be even numbers</source>
        <translation>параметр synthetic size={size!r}: ширина и высота должны быть чётными</translation>
    </message>
</context>
<context>
    <name>ConfigProblems</name>
    <message>
        <source>the whole file (the console runs without cameras)</source>
        <translation>весь файл (консоль работает без камер)</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>камера %1</translation>
    </message>
    <message>
        <source>sending to CarGoRuqsat</source>
        <translation>отправка в CarGoRuqsat</translation>
    </message>
    <message>
        <source>sending to ĐBVN (Vietnam)</source>
        <translation>отправка в ĐBVN (Вьетнам)</translation>
    </message>
    <message>
        <source>recording the archive</source>
        <translation>запись архива</translation>
    </message>
    <message>
        <source>plate recognition</source>
        <translation>распознавание номеров</translation>
    </message>
    <message>
        <source>the live stream for the remote operator</source>
        <translation>прямая трансляция для удалённого оператора</translation>
    </message>
    <message>
        <source>uploading the archive over SFTP</source>
        <translation>передача архива по SFTP</translation>
    </message>
    <message>
        <source>Problems in the configuration file %1: %2.</source>
        <translation>Ошибок в файле конфигурации %1: %2.</translation>
    </message>
    <message>
        <source>Switched off until the file is corrected:</source>
        <translation>Выключено, пока файл не исправлен:</translation>
    </message>
    <message>
        <source>Everything else works. Correct the file (the details name each key) and restart the console.</source>
        <translation>Всё остальное работает. Исправьте файл (в подробностях указан каждый ключ) и перезапустите консоль.</translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation>Ошибки конфигурации</translation>
    </message>
    <message>
        <source>The configuration file %1 does not exist.

Create it from the template? The console then opens without cameras; add them to the file and restart.</source>
        <translation>Файл конфигурации %1 не существует.

Создать его по шаблону? Тогда консоль откроется без камер; добавьте их в файл и перезапустите.</translation>
    </message>
    <message>
        <source>No configuration file</source>
        <translation>Нет файла конфигурации</translation>
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
    <message>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>The event is being sent right now; correct it once the server answered</source>
        <translation>Событие отправляется прямо сейчас; исправьте его, когда сервер ответит</translation>
    </message>
    <message>
        <source>Type the right plate: it is sent again to every server, and the change is audited</source>
        <translation>Введите правильный номер: он будет снова отправлен на все серверы, изменение записывается в журнал аудита</translation>
    </message>
    <message>
        <source>Type the right plate, then send it</source>
        <translation>Введите правильный номер и отправьте его</translation>
    </message>
    <message>
        <source>Change the decision before it is sent: the servers get only the new plate</source>
        <translation>Изменить решение до отправки: серверы получат только новый номер</translation>
    </message>
    <message>
        <source>Not changed: the event is being sent right now. Try again in a moment.</source>
        <translation>Не изменено: событие отправляется прямо сейчас. Повторите через несколько секунд.</translation>
    </message>
    <message>
        <source>Not changed: the plate is the same, or the event changed meanwhile.</source>
        <translation>Не изменено: номер тот же, или событие за это время изменилось.</translation>
    </message>
    <message>
        <source>Only a refused event can be resent; this one is: %1</source>
        <translation>Повторно отправить можно только отклонённое событие; это событие: %1</translation>
    </message>
    <message>
        <source>No server refused it: the sending is retried by itself</source>
        <translation>Ни один сервер его не отклонил: отправка повторяется сама</translation>
    </message>
</context>
<context>
    <name>DeliveryReason</name>
    <message>
        <source>cannot connect to %1: %2 (network, VPN or firewall)</source>
        <translation>не удаётся подключиться к %1: %2 (сеть, VPN или межсетевой экран)</translation>
    </message>
    <message>
        <source>no connection to %1 within %2 s (network, VPN or firewall)</source>
        <translation>нет соединения с %1 за %2 с (сеть, VPN или межсетевой экран)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>нет ответа за %1 с</translation>
    </message>
    <message>
        <source>the connection closed before the answer (the event may have arrived; a resend will tell)</source>
        <translation>соединение закрылось до ответа (событие могло дойти; повторная отправка это покажет)</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is not trusted (check the VPN route or %1)</source>
        <translation>TLS: сертификату сервера нет доверия (проверьте маршрут VPN или %1)</translation>
    </message>
    <message>
        <source>TLS handshake failed (%1)</source>
        <translation>не удалось установить TLS-соединение (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>network error (%1)</source>
        <translation>сетевая ошибка (%1)</translation>
    </message>
    <message>
        <source>the server redirects to %1: set %2 to %3</source>
        <translation>сервер перенаправляет на %1: укажите в %2 адрес %3</translation>
    </message>
    <message>
        <source>the server redirects to %1: check %2 (http or https, host, port)</source>
        <translation>сервер перенаправляет на %1: проверьте %2 (http или https, адрес, порт)</translation>
    </message>
    <message>
        <source>the server did not answer within %1 s</source>
        <translation>сервер не ответил за %1 с</translation>
    </message>
    <message>
        <source>internal error of the sending code (%1); retrying</source>
        <translation>внутренняя ошибка программы отправки (%1); повторяем попытку</translation>
    </message>
    <message>
        <source>internal error: the client answered for the wrong number of events; retrying</source>
        <translation>внутренняя ошибка: клиент вернул ответ не для того числа событий; повторяем попытку</translation>
    </message>
    <message>
        <source>the event cannot be read: %1</source>
        <translation>не удаётся прочитать событие: %1</translation>
    </message>
    <message>
        <source>the console stopped during the attempt</source>
        <translation>консоль остановилась во время попытки</translation>
    </message>
    <message>
        <source>the server did not have it; sent again</source>
        <translation>на сервере его не оказалось; отправлено снова</translation>
    </message>
    <message>
        <source>the server answered %1: it already has this event; counted as delivered</source>
        <translation>сервер ответил %1: это событие у него уже есть; считается доставленным</translation>
    </message>
    <message>
        <source>the server&apos;s field %1 = %2 says it already has this event; counted as delivered</source>
        <translation>поле ответа сервера %1 = %2 означает, что событие у него уже есть; считается доставленным</translation>
    </message>
    <message>
        <source>counted as delivered because the server said “%1”</source>
        <translation>считается доставленным, потому что сервер написал «%1»</translation>
    </message>
    <message>
        <source>the photo is not a readable image</source>
        <translation>снимок не читается как изображение</translation>
    </message>
    <message>
        <source>cannot bring a %1x%2 photo into %3–%4 bytes</source>
        <translation>не удаётся уложить снимок %1x%2 в %3–%4 байт</translation>
    </message>
    <message>
        <source>JPEG encoding failed</source>
        <translation>не удалось сжать снимок в JPEG</translation>
    </message>
    <message>
        <source>HTTP %1: the service refused the event&apos;s content</source>
        <translation>HTTP %1: сервис отклонил содержимое события</translation>
    </message>
    <message>
        <source>HTTP %1: forbidden: is the registration token for mode %2?</source>
        <translation>HTTP %1: доступ запрещён: выдан ли регистрационный токен для режима %2?</translation>
    </message>
    <message>
        <source>HTTP %1: no such path: check uplink.cgr.base_url and mode</source>
        <translation>HTTP %1: такого адреса нет: проверьте uplink.cgr.base_url и mode</translation>
    </message>
    <message>
        <source>HTTP %1: the photo is too large for the service: lower uplink.cgr.photo_max_kb</source>
        <translation>HTTP %1: снимок слишком велик для сервиса: уменьшите uplink.cgr.photo_max_kb</translation>
    </message>
    <message>
        <source>HTTP %1: the service timed out waiting for us</source>
        <translation>HTTP %1: сервис не дождался запроса</translation>
    </message>
    <message>
        <source>HTTP %1: the service asks to come back later</source>
        <translation>HTTP %1: сервис просит обратиться позже</translation>
    </message>
    <message>
        <source>HTTP %1: too many requests</source>
        <translation>HTTP %1: слишком много запросов</translation>
    </message>
    <message>
        <source>HTTP %1: the service has a problem</source>
        <translation>HTTP %1: неполадка на стороне сервиса</translation>
    </message>
    <message>
        <source>HTTP %1: the service refused the event</source>
        <translation>HTTP %1: сервис отклонил событие</translation>
    </message>
    <message>
        <source>HTTP %1: an unexpected answer</source>
        <translation>HTTP %1: неожиданный ответ</translation>
    </message>
    <message>
        <source>the event cannot be sent: %1</source>
        <translation>событие нельзя отправить: %1</translation>
    </message>
    <message>
        <source>HTTP 401: the service refused a fresh token; trying again later</source>
        <translation>HTTP 401: сервис не принял новый токен; повторим позже</translation>
    </message>
    <message>
        <source>no CarGoRuqsat registration token in the keyring: run `cgrconsole secret set cgr/registration_token`</source>
        <translation>в хранилище паролей нет регистрационного токена CarGoRuqsat: выполните `cgrconsole secret set cgr/registration_token`</translation>
    </message>
    <message>
        <source>login (Auth): HTTP %1</source>
        <translation>вход (Auth): HTTP %1</translation>
    </message>
    <message>
        <source>login (Auth): HTTP %1: the registration token was refused (run `cgrconsole secret set cgr/registration_token`)</source>
        <translation>вход (Auth): HTTP %1: регистрационный токен отклонён (выполните `cgrconsole secret set cgr/registration_token`)</translation>
    </message>
    <message>
        <source>login (Auth): the answer holds no token (%1)</source>
        <translation>вход (Auth): в ответе нет токена (%1)</translation>
    </message>
    <message>
        <source>TruckNumbers: unreadable answer (%1)</source>
        <translation>TruckNumbers: ответ не читается (%1)</translation>
    </message>
    <message>
        <source>image refused as invalid (not JPEG, damaged, black/white or covered)</source>
        <translation>снимок отклонён как недействительный (не JPEG, повреждён, сплошь чёрный или белый, закрыт)</translation>
    </message>
    <message>
        <source>image size refused (must be 30–512 KB)</source>
        <translation>размер снимка отклонён (должен быть 30–512 КБ)</translation>
    </message>
    <message>
        <source>plate refused: not in the format ĐBVN accepts; correct it and resend</source>
        <translation>номер отклонён: формат не принимается ĐBVN; исправьте номер и отправьте снова</translation>
    </message>
    <message>
        <source>position refused: check uplink.drvn.gps_lat / gps_lon, then resend</source>
        <translation>координаты отклонены: проверьте uplink.drvn.gps_lat / gps_lon и отправьте снова</translation>
    </message>
    <message>
        <source>driving licence refused: agree uplink.drvn.driver_license with ĐBVN</source>
        <translation>водительское удостоверение отклонено: согласуйте uplink.drvn.driver_license с ĐBVN</translation>
    </message>
    <message>
        <source>time refused: more than 15 min from the server&apos;s clock or older than 5 days</source>
        <translation>время отклонено: расходится с часами сервера более чем на 15 мин или событие старше 5 дней</translation>
    </message>
    <message>
        <source>too frequent: ĐBVN accepts one image per vehicle every 3–5 minutes</source>
        <translation>слишком часто: ĐBVN принимает один снимок на машину раз в 3–5 минут</translation>
    </message>
    <message>
        <source>not logged in or token refused</source>
        <translation>вход не выполнен или токен отклонён</translation>
    </message>
    <message>
        <source>token expired</source>
        <translation>срок действия токена истёк</translation>
    </message>
    <message>
        <source>the server refused the data (400)</source>
        <translation>сервер отклонил данные (400)</translation>
    </message>
    <message>
        <source>not authenticated (401)</source>
        <translation>вход не подтверждён (401)</translation>
    </message>
    <message>
        <source>access denied (403): is this PC&apos;s IP registered with ĐBVN, the account active?</source>
        <translation>доступ запрещён (403): зарегистрирован ли IP этого ПК в ĐBVN, активна ли учётная запись?</translation>
    </message>
    <message>
        <source>not found (404): check uplink.drvn.base_url and provider_id</source>
        <translation>не найдено (404): проверьте uplink.drvn.base_url и provider_id</translation>
    </message>
    <message>
        <source>too many requests (429)</source>
        <translation>слишком много запросов (429)</translation>
    </message>
    <message>
        <source>server error (500)</source>
        <translation>ошибка сервера (500)</translation>
    </message>
    <message>
        <source>server unavailable (%1)</source>
        <translation>сервер недоступен (%1)</translation>
    </message>
    <message>
        <source>request refused (%1)</source>
        <translation>запрос отклонён (%1)</translation>
    </message>
    <message>
        <source>request timeout (408)</source>
        <translation>время ожидания запроса истекло (408)</translation>
    </message>
    <message>
        <source>request too large for a proxy (413)</source>
        <translation>запрос слишком велик для прокси-сервера (413)</translation>
    </message>
    <message>
        <source>unknown answer code %1</source>
        <translation>неизвестный код ответа %1</translation>
    </message>
    <message>
        <source>the answer was not the protocol&apos;s JSON</source>
        <translation>ответ не в формате JSON протокола</translation>
    </message>
    <message>
        <source>the answer carried no Code</source>
        <translation>в ответе нет поля Code</translation>
    </message>
    <message>
        <source>the ĐBVN uplink is not configured: %1</source>
        <translation>отправка в ĐBVN не настроена: %1</translation>
    </message>
    <message>
        <source>waiting for earlier images</source>
        <translation>ждёт отправки более ранних снимков</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>попытки не было</translation>
    </message>
    <message>
        <source>taken %1 days ago; ĐBVN accepts resends within 5 days</source>
        <translation>снято %1 дн. назад; ĐBVN принимает повторную отправку только в течение 5 дней</translation>
    </message>
    <message>
        <source>plate %1 is not 4–12 Latin letters and digits</source>
        <translation>номер %1 — не 4–12 латинских букв и цифр</translation>
    </message>
    <message>
        <source>the server&apos;s answer did not mention this image</source>
        <translation>в ответе сервера нет этого снимка</translation>
    </message>
    <message>
        <source>logging in again did not help</source>
        <translation>повторный вход не помог</translation>
    </message>
    <message>
        <source>the server refused the time and this PC&apos;s clock is off: synchronise it (NTP)</source>
        <translation>сервер отклонил время, а часы этого ПК сбиты: синхронизируйте их (NTP)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock differs from the ĐBVN server by %1 min (&gt; 15): synchronise it with NTP; nothing is sent until it is fixed</source>
        <translation>часы этого ПК расходятся с сервером ĐBVN на %1 мин (&gt; 15): синхронизируйте их по NTP; пока это не исправлено, ничего не отправляется</translation>
    </message>
    <message>
        <source>the server asked us to wait %1 s (429)</source>
        <translation>сервер попросил подождать %1 с (429)</translation>
    </message>
    <message>
        <source>ĐBVN server busy</source>
        <translation>сервер ĐBVN занят</translation>
    </message>
    <message>
        <source>the ĐBVN server status cannot be read (HTTP %1)</source>
        <translation>не удаётся прочитать состояние сервера ĐBVN (HTTP %1)</translation>
    </message>
    <message>
        <source>no password in the OS keyring under drvn/password: run `cgrconsole secret set drvn/password`</source>
        <translation>в хранилище паролей нет пароля drvn/password: выполните `cgrconsole secret set drvn/password`</translation>
    </message>
    <message>
        <source>login refused: check uplink.drvn.provider_id / user_name and drvn/password</source>
        <translation>вход отклонён: проверьте uplink.drvn.provider_id / user_name и drvn/password</translation>
    </message>
    <message>
        <source>login failed</source>
        <translation>вход не удался</translation>
    </message>
    <message>
        <source>login is paused after a refusal (a wrong password repeated may lock the account)</source>
        <translation>вход приостановлен после отказа (повторный неверный пароль может заблокировать учётную запись)</translation>
    </message>
    <message>
        <source>Server answered: %1</source>
        <translation>Сервер ответил: %1</translation>
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
        <source>Plates not sent: no destination</source>
        <translation>Номера не отправляются: нет получателя</translation>
    </message>
    <message>
        <source>Not sent: no destination is configured. The decision is kept here. To send plates, the administrator enables [uplink.cgr] or [uplink.drvn] in the configuration file.</source>
        <translation>Не отправлено: получатель не настроен. Решение сохранено здесь. Чтобы номера отправлялись, администратор включает [uplink.cgr] или [uplink.drvn] в файле настроек.</translation>
    </message>
    <message>
        <source>%1 last answered: %2</source>
        <translation>%1, последний ответ: %2</translation>
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
    <name>EventArchive</name>
    <message>
        <source>No archive video: the camera was not recording at that moment.</source>
        <translation>Видео в архиве нет: в этот момент камера не записывала.</translation>
    </message>
    <message>
        <source>No archive video: recording is switched off for this camera.</source>
        <translation>Видео в архиве нет: запись для этой камеры отключена.</translation>
    </message>
</context>
<context>
    <name>EventDetailsDialog</name>
    <message>
        <source>Event %1</source>
        <translation>Событие %1</translation>
    </message>
    <message>
        <source>Archive video</source>
        <translation>Видео из архива</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Other readings: %1</source>
        <translation>Другие прочтения: %1</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Решение ещё не принято.</translation>
    </message>
    <message>
        <source>automatically</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>Added by hand by %1: %2 (the recognizer missed it)</source>
        <translation>Добавлено вручную, %1: %2 (распознавание пропустило)</translation>
    </message>
    <message>
        <source>Confirmed by %1: %2</source>
        <translation>Подтвердил(а) %1: %2</translation>
    </message>
    <message>
        <source>Corrected by %1: %3 → %2</source>
        <translation>Исправил(а) %1: %3 → %2</translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation>Отклонил(а) %1: %2</translation>
    </message>
    <message>
        <source>Sending to %3 dismissed by %1: %2</source>
        <translation>Отправку в %3 отменил(а) %1: %2</translation>
    </message>
    <message>
        <source>The event is %1 before the end of this file: the vehicle goes on in the next one</source>
        <translation>Событие за %1 до конца файла: машина видна и в следующем</translation>
    </message>
    <message>
        <source>Re-opened by %1 and confirmed: %2</source>
        <translation>Решение пересмотрел(а) %1 и подтвердил(а): %2</translation>
    </message>
    <message>
        <source>Corrected after sending by %1: %3 → %2, sent again</source>
        <translation>Исправил(а) после отправки %1: %3 → %2, отправлено снова</translation>
    </message>
    <message>
        <source>Changed before sending by %1: %3 → %2</source>
        <translation>Изменил(а) до отправки %1: %3 → %2</translation>
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
    <message>
        <source>confirmed — no destination configured</source>
        <translation>подтверждено — получатель не настроен</translation>
    </message>
    <message>
        <source>confirmed, not sent</source>
        <translation>не отправлено</translation>
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
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Not a plate or a false reading: say why (Delete)</source>
        <translation>Не номер или ложное распознавание: укажите причину (Delete)</translation>
    </message>
    <message>
        <source>Type the right plate on the list (or press F2), then Enter sends it</source>
        <translation>Наберите правильный номер прямо в списке (или нажмите F2), Enter отправит его</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Подробно…</translation>
    </message>
    <message>
        <source>The event&apos;s pictures, video and where it was sent (Space or a double click)</source>
        <translation>Снимки события, видео и куда оно отправлено (Пробел или двойной щелчок)</translation>
    </message>
    <message>
        <source>↑ %1 new</source>
        <translation>↑ новых: %1</translation>
    </message>
    <message>
        <source>%1 new plates arrived above the rows you see; click to scroll up to them</source>
        <translation>Новых номеров выше видимых строк: %1; щёлкните, чтобы прокрутить к ним</translation>
    </message>
    <message>
        <source>No new plates above the rows you see</source>
        <translation>Выше видимых строк новых номеров нет</translation>
    </message>
    <message>
        <source>Waiting for decision: %1</source>
        <translation>Ждут решения: %1</translation>
    </message>
    <message>
        <source>Failed delivery: %1</source>
        <translation>Не доставлено: %1</translation>
    </message>
    <message>
        <source>No plates yet: they appear here as the cameras read them.</source>
        <translation>Номеров пока нет: они появятся здесь, как только камеры их распознают.</translation>
    </message>
    <message>
        <source>Select a plate first (arrow keys).</source>
        <translation>Сначала выберите номер (клавиши со стрелками).</translation>
    </message>
    <message>
        <source>%1: the server refused it. Type the right plate (or press F2) to correct and resend it; Space opens its delivery.</source>
        <translation>%1: сервер его отклонил. Наберите правильный номер (или нажмите F2), чтобы исправить и отправить заново; Пробел открывает сведения об отправке.</translation>
    </message>
    <message>
        <source>%1 was rejected. Open its details (Space) to see why.</source>
        <translation>%1 отклонён. Причина — в подробностях (Пробел).</translation>
    </message>
    <message>
        <source>%1 is already %2 — open its details (Space) to correct it.</source>
        <translation>%1 уже в состоянии «%2» — чтобы исправить, откройте подробности (Пробел).</translation>
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
        <source>Corrected by the officer; read as %1</source>
        <translation>Исправлен оператором; распознан как %1</translation>
    </message>
    <message>
        <source>Is the plate in today&apos;s CarGoRuqsat queue (TruckNumbers)? ✓ yes, ✗ no</source>
        <translation>Есть ли номер в сегодняшней очереди CarGoRuqsat (TruckNumbers)? ✓ да, ✗ нет</translation>
    </message>
    <message>
        <source>How sure the recognizer is of its reading</source>
        <translation>Насколько распознаватель уверен в прочтении</translation>
    </message>
    <message>
        <source>Today&apos;s CarGoRuqsat queue is not known yet</source>
        <translation>Сегодняшняя очередь CarGoRuqsat пока неизвестна</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>Очередь дня</translation>
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
    <name>GridPagerWidget</name>
    <message>
        <source>Previous cameras (PgUp, or Ctrl+PgUp anywhere)</source>
        <translation>Предыдущие камеры (PgUp, или Ctrl+PgUp из любого места окна)</translation>
    </message>
    <message>
        <source>Next cameras (PgDn, or Ctrl+PgDn anywhere)</source>
        <translation>Следующие камеры (PgDn, или Ctrl+PgDn из любого места окна)</translation>
    </message>
    <message>
        <source>Page %1 of %2: cameras %3–%4 of %5</source>
        <translation>Страница %1 из %2: камеры %3–%4 из %5</translation>
    </message>
    <message>
        <source>%1 enlarged</source>
        <translation>Крупно: %1</translation>
    </message>
    <message>
        <source>Double-click the picture to see all cameras again</source>
        <translation>Дважды щёлкните по изображению, чтобы снова увидеть все камеры</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n hidden camera(s) with a problem: %1</source>
        <translation>
            <numerusform>⚠ Не видна %n камера с неполадкой: %1</numerusform>
            <numerusform>⚠ Не видны %n камеры с неполадками: %1</numerusform>
            <numerusform>⚠ Не видны %n камер с неполадками: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>archive</source>
        <translation>архива</translation>
    </message>
    <message>
        <source>data</source>
        <translation>данных</translation>
    </message>
    <message>
        <source>plate photos</source>
        <translation>снимков номеров</translation>
    </message>
    <message>
        <source>database copies</source>
        <translation>копий базы</translation>
    </message>
    <message>
        <source>logs</source>
        <translation>журналов</translation>
    </message>
    <message>
        <source>off (no archive)</source>
        <translation>выключена (нет архива)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>waiting for video</source>
        <translation>ждёт видео</translation>
    </message>
    <message>
        <source>NO: %1</source>
        <translation>НЕТ: %1</translation>
    </message>
    <message>
        <source>Disk of the %1: %2 free of %3</source>
        <translation>Диск %1: свободно %2 из %3</translation>
    </message>
    <message>
        <source>below the %1 kept free: the oldest files are deleted</source>
        <translation>меньше резерва %1: удаляются самые старые файлы</translation>
    </message>
    <message>
        <source>The disks have not been checked yet.</source>
        <translation>Диски ещё не проверены.</translation>
    </message>
    <message>
        <source>The archive is off: no video is recorded.</source>
        <translation>Архив выключен: видео не записывается.</translation>
    </message>
    <message>
        <source>Archive: %1 files, %2, going back %3</source>
        <translation>Архив: файлов %1, %2, глубина %3</translation>
    </message>
    <message>
        <source>The space the retention needs is known once the cameras record.</source>
        <translation>Сколько места нужно для срока хранения, станет известно, когда камеры начнут запись.</translation>
    </message>
    <message>
        <source>at the %1 recorded so far</source>
        <translation>при записанных до сих пор %1</translation>
    </message>
    <message>
        <source>at the %1 the cameras record now</source>
        <translation>при %1, которые камеры пишут сейчас</translation>
    </message>
    <message>
        <source>Keeping %1 days needs about %2 (%3); room for the archive: %4.</source>
        <translation>Для хранения %1 дн. нужно около %2 (%3); места для архива: %4.</translation>
    </message>
    <message>
        <source>The disk holds the retention.</source>
        <translation>Места на диске для срока хранения достаточно.</translation>
    </message>
    <message>
        <source>NOT ENOUGH: about %1 days fit. Add disk space or lower the retention, or the oldest video goes before its time.</source>
        <translation>НЕДОСТАТОЧНО: поместится около %1 дн. Добавьте место на диске или уменьшите срок хранения, иначе старое видео удалится раньше срока.</translation>
    </message>
    <message>
        <source>The live stream is off.</source>
        <translation>Прямая трансляция выключена.</translation>
    </message>
    <message>
        <source>The live stream is NOT running (see the log).</source>
        <translation>Прямая трансляция НЕ работает (см. журнал).</translation>
    </message>
    <message>
        <source>Served at %1; clients watching now: %2</source>
        <translation>Адрес: %1; смотрят сейчас: %2</translation>
    </message>
    <message>
        <source>%1 watches %2 since %3</source>
        <translation>%1 смотрит %2 с %3</translation>
    </message>
    <message>
        <source>The archive upload (SFTP) is off.</source>
        <translation>Выгрузка архива (SFTP) выключена.</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Очередь: %1</translation>
    </message>
    <message>
        <source>Queue: empty</source>
        <translation>Очередь пуста</translation>
    </message>
    <message>
        <source>The oldest file waits for %1</source>
        <translation>Самый старый файл ждёт уже %1</translation>
    </message>
    <message>
        <source>Put aside after errors: %1 file(s)</source>
        <translation>Отложено после ошибок файлов: %1</translation>
    </message>
    <message>
        <source>Last problem at %1: %2</source>
        <translation>Последняя проблема в %1: %2</translation>
    </message>
    <message>
        <source>Plate recognition is off.</source>
        <translation>Распознавание номеров выключено.</translation>
    </message>
    <message>
        <source>Plate recognition runs.</source>
        <translation>Распознавание номеров работает.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (restarted by itself)</source>
        <translation>%1 — %2: %3 (перезапущено автоматически)</translation>
    </message>
    <message>
        <source>No internal error in the last hour.</source>
        <translation>За последний час внутренних ошибок не было.</translation>
    </message>
</context>
<context>
    <name>HealthWindow</name>
    <message>
        <source>Health of the console</source>
        <translation>Состояние консоли</translation>
    </message>
    <message>
        <source>Reading the state of the console…</source>
        <translation>Чтение состояния консоли…</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Камеры</translation>
    </message>
    <message>
        <source>Disks and the archive</source>
        <translation>Диски и архив</translation>
    </message>
    <message>
        <source>Sending of plate events</source>
        <translation>Отправка событий с номерами</translation>
    </message>
    <message>
        <source>Servers reachable through the VPN</source>
        <translation>Доступность серверов через VPN</translation>
    </message>
    <message>
        <source>Live stream for the remote party (HLS)</source>
        <translation>Прямая трансляция для удалённой стороны (HLS)</translation>
    </message>
    <message>
        <source>Archive upload (SFTP)</source>
        <translation>Выгрузка архива (SFTP)</translation>
    </message>
    <message>
        <source>Internal errors and recognition</source>
        <translation>Внутренние ошибки и распознавание</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>fps</source>
        <translation>к/с</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Битрейт</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Why / what to do</source>
        <translation>Причина / что делать</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ждут</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Последний ответ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Доступен</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С момента</translation>
    </message>
    <message>
        <source>What failed</source>
        <translation>Что не удалось</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Подробнее…</translation>
    </message>
    <message>
        <source>Open the full details of this part</source>
        <translation>Открыть все подробности этого раздела</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The console is not running: nothing to read.</source>
        <translation>Консоль не запущена: читать нечего.</translation>
    </message>
    <message>
        <source>Updated at %1 (every 2 s)</source>
        <translation>Обновлено в %1 (каждые 2 с)</translation>
    </message>
    <message>
        <source>The camera sends the same picture since %1</source>
        <translation>Камера передаёт одно и то же изображение с %1</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 кбит/с</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>ещё не проверен</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>НЕТ</translation>
    </message>
    <message>
        <source>No server to send to is configured: nothing to check.</source>
        <translation>Серверы для отправки не настроены: проверять нечего.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Read as</source>
        <translation>Распознан как</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Решение принял</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Plate or any part of it</source>
        <translation>Номер или его часть</translation>
    </message>
    <message>
        <source>Any part of the plate. 0 and O, 8 and B, 1 and I, Cyrillic and Latin letters match each other.</source>
        <translation>Любая часть номера. 0 и O, 8 и B, 1 и I, кириллица и латиница считаются одинаковыми.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>За 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>За 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>За 30 дней</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>С … по …</translation>
    </message>
    <message>
        <source>From (site time)</source>
        <translation>С (время объекта)</translation>
    </message>
    <message>
        <source>To (site time)</source>
        <translation>По (время объекта)</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>Все камеры</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Оба направления</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Подробно…</translation>
    </message>
    <message>
        <source>Open the selected event (Enter or a double click)</source>
        <translation>Открыть выбранное событие (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Every event found (all pages) as a table for a spreadsheet</source>
        <translation>Все найденные события (все страницы) — таблицей для Excel</translation>
    </message>
    <message>
        <source>Export photos (ZIP)…</source>
        <translation>Экспорт снимков (ZIP)…</translation>
    </message>
    <message>
        <source>The pictures of every event found, with the table, in one ZIP file</source>
        <translation>Снимки всех найденных событий и таблица — в одном ZIP-файле</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>Only letters and digits of a plate are searched.</source>
        <translation>Ищутся только буквы и цифры номера.</translation>
    </message>
    <message>
        <source>Shown: %1, newest first; scroll down for older ones.</source>
        <translation>Показано: %1, новые сверху; прокрутите вниз, чтобы увидеть более старые.</translation>
    </message>
    <message>
        <source>Found: %1, newest first.</source>
        <translation>Найдено: %1, новые сверху.</translation>
    </message>
    <message>
        <source>Exported to %2 (events: %1)</source>
        <translation>Экспортировано в %2 (событий: %1)</translation>
    </message>
    <message>
        <source>(pictures already deleted: %1)</source>
        <translation>(снимков уже удалено: %1)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export photos</source>
        <translation>Экспорт снимков</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>Файлы ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Не экспортировано: %1</translation>
    </message>
</context>
<context>
    <name>LiveDialog</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>Live stream for the remote party</source>
        <translation>Трансляция для удалённой стороны</translation>
    </message>
    <message>
        <source>Addresses to hand over to the remote party</source>
        <translation>Адреса для передачи удалённой стороне</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Address (HLS)</source>
        <translation>Адрес (HLS)</translation>
    </message>
    <message>
        <source>Copy all addresses</source>
        <translation>Копировать все адреса</translation>
    </message>
    <message>
        <source>TLS certificate of the console</source>
        <translation>TLS-сертификат консоли</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Watching now</source>
        <translation>Сейчас смотрят</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Камеры</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Смотрит с</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Последний запрос</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросов</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Nobody is watching now.</source>
        <translation>Сейчас никто не смотрит.</translation>
    </message>
    <message>
        <source>Allowed client addresses: %1</source>
        <translation>Разрешённые адреса клиентов: %1</translation>
    </message>
    <message>
        <source>Give this fingerprint (SHA-256) to the remote party by another channel, by phone for example: their browser shows the same one for the console&apos;s certificate.</source>
        <translation>Передайте этот отпечаток (SHA-256) удалённой стороне другим путём, например по телефону: их браузер покажет такой же для сертификата консоли.</translation>
    </message>
    <message>
        <source>No certificate: the stream goes unencrypted over plain HTTP ([live] tls = &quot;off&quot;).</source>
        <translation>Сертификата нет: поток идёт без шифрования по обычному HTTP ([live] tls = &quot;off&quot;).</translation>
    </message>
    <message>
        <source>The live stream is switched off in the configuration ([live] enabled = false).</source>
        <translation>Трансляция выключена в конфигурации ([live] enabled = false).</translation>
    </message>
    <message>
        <source>The live stream server is not running: the log says why.</source>
        <translation>Сервер трансляции не работает: причина записана в журнале.</translation>
    </message>
    <message>
        <source>The console serves its cameras at %1 (HTTPS, HTTP/2).</source>
        <translation>Консоль транслирует камеры по адресу %1 (HTTPS, HTTP/2).</translation>
    </message>
    <message>
        <source>The console serves its cameras at %1 (plain HTTP, not encrypted).</source>
        <translation>Консоль транслирует камеры по адресу %1 (обычный HTTP, без шифрования).</translation>
    </message>
    <message>
        <source>The addresses carry the access token: give them to the remote party only.</source>
        <translation>В адресах есть токен доступа: передавайте их только удалённой стороне.</translation>
    </message>
    <message>
        <source>The remote party signs in as “%1” with the password stored in the keyring (live/password).</source>
        <translation>Удалённая сторона входит под именем «%1» с паролем из хранилища паролей (live/password).</translation>
    </message>
    <message>
        <source>No password is asked: anyone on an allowed address can watch.</source>
        <translation>Пароль не запрашивается: смотреть может любой с разрешённого адреса.</translation>
    </message>
    <message>
        <source>Copy puts the full address on the clipboard</source>
        <translation>«Копировать» помещает в буфер обмена полный адрес</translation>
    </message>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>Скопировано в буфер обмена: %1</translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation>все адреса</translation>
    </message>
    <message>
        <source>the certificate fingerprint</source>
        <translation>отпечаток сертификата</translation>
    </message>
</context>
<context>
    <name>LiveStatus</name>
    <message>
        <source>Live stream for the remote party…</source>
        <translation>Трансляция для удалённой стороны…</translation>
    </message>
    <message>
        <source>The stream addresses to copy, the certificate, who is watching</source>
        <translation>Адреса трансляции для копирования, сертификат, кто смотрит</translation>
    </message>
    <message>
        <source>Live stream: not running (see the log)</source>
        <translation>Трансляция: не работает (см. журнал)</translation>
    </message>
    <message numerus="yes">
        <source>Live stream: %n watching</source>
        <translation>
            <numerusform>Трансляция: %n зритель</numerusform>
            <numerusform>Трансляция: %n зрителя</numerusform>
            <numerusform>Трансляция: %n зрителей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 watches %2 since %3</source>
        <translation>%1 смотрит %2 с %3</translation>
    </message>
    <message>
        <source>Nobody is watching now.</source>
        <translation>Сейчас никто не смотрит.</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <source>Cameras</source>
        <translation>Камеры</translation>
    </message>
    <message>
        <source>Live stream clients (HLS)</source>
        <translation>Клиенты трансляции (HLS)</translation>
    </message>
    <message>
        <source>API (sending events)</source>
        <translation>API (отправка событий)</translation>
    </message>
    <message>
        <source>SFTP (archive upload)</source>
        <translation>SFTP (выгрузка архива)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Archive and retention</source>
        <translation>Архив и хранение</translation>
    </message>
    <message>
        <source>Officer&apos;s decisions</source>
        <translation>Решения оператора</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Консоль</translation>
    </message>
    <message>
        <source>File logs: %1 (a new file every %2 MB, the last %3 files kept)</source>
        <translation>Файловые журналы: %1 (новый файл каждые %2 МБ, хранятся последние %3 файлов)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>Кто или что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Connection and transfer log</source>
        <translation>Журнал подключений и передачи</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Text: camera, address, file, event…</source>
        <translation>Текст: камера, адрес, файл, событие…</translation>
    </message>
    <message>
        <source>Rows whose subject or details contain this text</source>
        <translation>Строки, в которых есть этот текст</translation>
    </message>
    <message>
        <source>New rows arrived above; click to show them</source>
        <translation>Выше появились новые строки; нажмите, чтобы их показать</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Вживую</translation>
    </message>
    <message>
        <source>Show new rows as they are written</source>
        <translation>Показывать новые строки сразу</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Every row found (all pages) as a table for a spreadsheet</source>
        <translation>Все найденные строки (все страницы) таблицей для Excel</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Открыть папку журналов</translation>
    </message>
    <message>
        <source>The console&apos;s file logs (technical details for support)</source>
        <translation>Файловые журналы консоли (технические подробности для поддержки)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <source>Shown: %1, newest first; scroll down for older ones.</source>
        <translation>Показано: %1, сначала новые; прокрутите вниз для более старых.</translation>
    </message>
    <message>
        <source>Found: %1, newest first.</source>
        <translation>Найдено: %1, сначала новые.</translation>
    </message>
    <message>
        <source>%1 new ↑</source>
        <translation>новых: %1 ↑</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Не экспортировано: %1</translation>
    </message>
    <message>
        <source>Exported to %2 (rows: %1)</source>
        <translation>Экспортировано в %2 (строк: %1)</translation>
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
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <source>Search every stored event by plate, time, camera (Ctrl+F)</source>
        <translation>Поиск по всем сохранённым событиям: номер, время, камера (Ctrl+F)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Cameras and the site&apos;s settings (administrator only)</source>
        <translation>Камеры и настройки пункта (только администратор)</translation>
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
        <source>Run self-test…</source>
        <translation>Запустить самопроверку…</translation>
    </message>
    <message>
        <source>Check recognition, archive, database, live stream, secrets, player and disk on this PC</source>
        <translation>Проверить на этом ПК распознавание, архив, базу данных, трансляцию, хранилище секретов, плеер и диск</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
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
        <source>Starting: opening the database and finishing recordings interrupted by the last stop…</source>
        <translation>Запуск: открывается база данных и завершаются записи, прерванные при прошлой остановке…</translation>
    </message>
    <message>
        <source>The console cannot start</source>
        <translation>Консоль не может запуститься</translation>
    </message>
    <message>
        <source>The console could not start: %1

The log has the details: %2</source>
        <translation>Консоль не смогла запуститься: %1

Подробности в журнале: %2</translation>
    </message>
    <message>
        <source>The history opens once the console has started.</source>
        <translation>История откроется, когда консоль запустится.</translation>
    </message>
    <message>
        <source>Settings need the console started from a configuration file.</source>
        <translation>Настройки доступны, когда консоль запущена с файлом конфигурации.</translation>
    </message>
    <message>
        <source>Cameras: %1</source>
        <translation>Камер: %1</translation>
    </message>
    <message>
        <source>CarGoRuqsat Console %1</source>
        <translation>Консоль CarGoRuqsat %1</translation>
    </message>
    <message>
        <source>Quit the console?</source>
        <translation>Выйти из консоли?</translation>
    </message>
    <message>
        <source>Recording stops on %1 camera(s) and no plates are read until the console runs again.</source>
        <translation>Запись остановится на камерах (%1), и номера не будут распознаваться, пока консоль не запустят снова.</translation>
    </message>
    <message>
        <source>Quit and stop recording</source>
        <translation>Выйти и остановить запись</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Продолжить работу</translation>
    </message>
    <message>
        <source>Connection log…</source>
        <translation>Журнал подключений…</translation>
    </message>
    <message>
        <source>Cameras, live stream clients, sending, uploads, admin (Ctrl+L)</source>
        <translation>Камеры, клиенты трансляции, отправка, выгрузка, администратор (Ctrl+L)</translation>
    </message>
    <message>
        <source>The log opens once the console has started.</source>
        <translation>Журнал откроется, когда консоль запустится.</translation>
    </message>
    <message>
        <source>Add a missed vehicle…</source>
        <translation>Добавить пропущенную машину…</translation>
    </message>
    <message>
        <source>Freeze a camera&apos;s picture and type the plate the recognizer missed (Insert, Ctrl+N)</source>
        <translation>Заморозить кадр камеры и ввести номер, пропущенный распознаванием (Insert, Ctrl+N)</translation>
    </message>
    <message>
        <source>A vehicle can be added once a camera is running.</source>
        <translation>Машину можно добавить, когда работает хотя бы одна камера.</translation>
    </message>
    <message>
        <source>Officer on shift</source>
        <translation>Оператор смены</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Health…</source>
        <translation>Состояние…</translation>
    </message>
    <message>
        <source>Cameras, disks, sending, servers, live stream and upload on one page (Ctrl+H)</source>
        <translation>Камеры, диски, отправка, серверы, трансляция и выгрузка на одной странице (Ctrl+H)</translation>
    </message>
    <message>
        <source>Click: each camera&apos;s state, fps, bitrate and recording (Ctrl+H)</source>
        <translation>Щелчок: состояние, к/с, битрейт и запись каждой камеры (Ctrl+H)</translation>
    </message>
    <message>
        <source>Click: the disks, and the space the retention needs</source>
        <translation>Щелчок: диски и место, нужное для срока хранения</translation>
    </message>
    <message>
        <source>none (the demo)</source>
        <translation>нет (демо)</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Конфигурация: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Данные: %1</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Архив: %1</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Журналы: %1</translation>
    </message>
    <message>
        <source>Administrator mode ended: the settings need the password again.</source>
        <translation>Режим администратора завершён: для настроек снова нужен пароль.</translation>
    </message>
</context>
<context>
    <name>MissedVehicleDialog</name>
    <message>
        <source>No known plate format fits %1. Check every character; if the plate really reads so, press Add again.</source>
        <translation>%1 не подходит ни к одному известному формату номера. Проверьте каждый символ; если номер действительно такой, нажмите «Добавить» ещё раз.</translation>
    </message>
    <message>
        <source>Add a missed vehicle</source>
        <translation>Добавить пропущенную машину</translation>
    </message>
    <message>
        <source>Take the picture again</source>
        <translation>Снять кадр заново</translation>
    </message>
    <message>
        <source>Freeze the camera&apos;s current picture again</source>
        <translation>Снова заморозить текущий кадр камеры</translation>
    </message>
    <message>
        <source>Plate as written on the vehicle</source>
        <translation>Номер, как он написан на машине</translation>
    </message>
    <message>
        <source>Add and send</source>
        <translation>Добавить и отправить</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Камера:</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>No picture from this camera now: choose another camera.</source>
        <translation>Сейчас нет кадра с этой камеры: выберите другую камеру.</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Всё равно добавить</translation>
    </message>
    <message>
        <source>There is no picture to add the vehicle with</source>
        <translation>Нет кадра, с которым можно добавить машину</translation>
    </message>
    <message>
        <source>Type the plate first</source>
        <translation>Сначала введите номер</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Добавление…</translation>
    </message>
    <message>
        <source>The vehicle was not added: %1</source>
        <translation>Машина не добавлена: %1</translation>
    </message>
</context>
<context>
    <name>OfficerNameDialog</name>
    <message>
        <source>Officer on shift</source>
        <translation>Оператор смены</translation>
    </message>
    <message>
        <source>Every decision is recorded under the name of the officer on shift. Type your name to go on; the console remembers it until the next officer takes over.</source>
        <translation>Каждое решение записывается под именем оператора смены. Введите своё имя, чтобы продолжить; консоль запомнит его до прихода следующего оператора.</translation>
    </message>
    <message>
        <source>Decisions from now on are recorded under this name. The change of shift is kept in the audit log.</source>
        <translation>С этого момента решения записываются под этим именем. Смена оператора сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <source>Name and surname</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>Start shift</source>
        <translation>Начать смену</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation>Завершить смену</translation>
    </message>
    <message>
        <source>Leave the console: the next decision asks the next officer&apos;s name</source>
        <translation>Уйти с консоли: при следующем решении консоль спросит имя следующего оператора</translation>
    </message>
    <message>
        <source>On shift now: %1</source>
        <translation>Сейчас на смене: %1</translation>
    </message>
    <message>
        <source>Type a name: a decision cannot be recorded without one.</source>
        <translation>Введите имя: без него решение не записать.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Последний час</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>С … по …</translation>
    </message>
    <message>
        <source>From (site time)</source>
        <translation>С (время объекта)</translation>
    </message>
    <message>
        <source>To (site time)</source>
        <translation>По (время объекта)</translation>
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
        <source>Send a plate of no known format?</source>
        <translation>Отправить номер неизвестного формата?</translation>
    </message>
    <message>
        <source>%1 fits no known plate format. Send it exactly as typed?</source>
        <translation>%1 не подходит ни под один известный формат номеров. Отправить точно так, как набрано?</translation>
    </message>
    <message>
        <source>Check every character against the picture first.</source>
        <translation>Сначала сверьте каждый символ со снимком.</translation>
    </message>
    <message>
        <source>Send %1 as typed</source>
        <translation>Отправить %1 как набрано</translation>
    </message>
    <message>
        <source>Back to the plate</source>
        <translation>Вернуться к номеру</translation>
    </message>
    <message>
        <source>%1: no such letter on plates. Switch the keyboard to Latin (EN) and type the plate again.</source>
        <translation>%1: такой буквы на номерах нет. Переключите клавиатуру на латиницу (EN) и наберите номер заново.</translation>
    </message>
    <message>
        <source>Type the plate as it is written on the vehicle.</source>
        <translation>Введите номер так, как он написан на машине.</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>Всё равно отправить…</translation>
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
    <name>PlateFormat</name>
    <message>
        <source>Kazakhstan since 2012, private: 123 ABC | 01</source>
        <translation>Казахстан с 2012 г., частный: 123 ABC | 01</translation>
    </message>
    <message>
        <source>Kazakhstan since 2012, legal entity: 123 AB | 01</source>
        <translation>Казахстан с 2012 г., юридическое лицо: 123 AB | 01</translation>
    </message>
    <message>
        <source>Kazakhstan 1993, private: region letter, 3 digits, 3 letters (A 123 BCD)</source>
        <translation>Казахстан, образец 1993 г., частный: буква региона, 3 цифры, 3 буквы (A 123 BCD)</translation>
    </message>
    <message>
        <source>Kazakhstan 1993, legal entity: region letter, 3 digits, 2 letters (A 001 AA)</source>
        <translation>Казахстан, образец 1993 г., юридическое лицо: буква региона, 3 цифры, 2 буквы (A 001 AA)</translation>
    </message>
    <message>
        <source>Russia, private, two-digit region: A 123 BC | 77</source>
        <translation>Россия, частный, двузначный регион: A 123 BC | 77</translation>
    </message>
    <message>
        <source>Russia, private, three-digit region: A 123 BC | 777</source>
        <translation>Россия, частный, трёхзначный регион: A 123 BC | 777</translation>
    </message>
    <message>
        <source>Kyrgyzstan since 2016, private: 01 | 123 ABC</source>
        <translation>Кыргызстан с 2016 г., частный: 01 | 123 ABC</translation>
    </message>
    <message>
        <source>Kyrgyzstan since 2016, legal entity: 01 | 123 AB</source>
        <translation>Кыргызстан с 2016 г., юридическое лицо: 01 | 123 AB</translation>
    </message>
    <message>
        <source>Uzbekistan since 2008, private: 01 | A 123 BC</source>
        <translation>Узбекистан с 2008 г., частный: 01 | A 123 BC</translation>
    </message>
    <message>
        <source>Uzbekistan since 2008, government or legal entity: 01 | 123 ABC</source>
        <translation>Узбекистан с 2008 г., государственный или юридического лица: 01 | 123 ABC</translation>
    </message>
    <message>
        <source>China, Latin part only: city letter and 5 serial characters (the province&apos;s Chinese character is left out)</source>
        <translation>Китай, только латинская часть: буква города и 5 знаков серии (иероглиф провинции не вводится)</translation>
    </message>
    <message>
        <source>Vietnam, province, series and 5 digits: 30E-005.55</source>
        <translation>Вьетнам: провинция, серия и 5 цифр: 30E-005.55</translation>
    </message>
    <message>
        <source>Vietnam, older: province, series and 4 digits: 51F-1234</source>
        <translation>Вьетнам, старый образец: провинция, серия и 4 цифры: 51F-1234</translation>
    </message>
</context>
<context>
    <name>Reachability</name>
    <message>
        <source>DNS failed: the name is unknown. Check the VPN tunnel and its DNS server, or put the server&apos;s address in the configuration.</source>
        <translation>Ошибка DNS: имя неизвестно. Проверьте VPN-туннель и его DNS-сервер или укажите адрес сервера в конфигурации.</translation>
    </message>
    <message>
        <source>DNS failed: the DNS server does not answer. Check the VPN tunnel.</source>
        <translation>Ошибка DNS: DNS-сервер не отвечает. Проверьте VPN-туннель.</translation>
    </message>
    <message>
        <source>TCP failed: the connection to %1 was refused (nothing listens there, or a firewall refuses). Check the address and the port.</source>
        <translation>Ошибка TCP: соединение с %1 отклонено (там ничего не слушает или отказывает межсетевой экран). Проверьте адрес и порт.</translation>
    </message>
    <message>
        <source>TCP failed: no answer from %1. Check that the VPN tunnel is up and routes to this address.</source>
        <translation>Ошибка TCP: %1 не отвечает. Проверьте, что VPN-туннель поднят и ведёт к этому адресу.</translation>
    </message>
    <message>
        <source>TCP failed: no route to %1. The VPN tunnel is probably down.</source>
        <translation>Ошибка TCP: нет маршрута к %1. Вероятно, VPN-туннель не работает.</translation>
    </message>
    <message>
        <source>TLS failed: the server&apos;s certificate is not trusted. Check the VPN route (someone else may answer) or the configured CA file (ca_bundle).</source>
        <translation>Ошибка TLS: сертификат сервера не доверенный. Проверьте маршрут VPN (может отвечать кто-то другой) или заданный файл CA (ca_bundle).</translation>
    </message>
    <message>
        <source>TLS failed: the server at %1 does not answer with TLS. Check the port.</source>
        <translation>Ошибка TLS: сервер %1 отвечает не по TLS. Проверьте порт.</translation>
    </message>
    <message>
        <source>TLS failed: the server at %1 accepts the connection but does not answer.</source>
        <translation>Ошибка TLS: сервер %1 принимает соединение, но не отвечает.</translation>
    </message>
    <message>
        <source>SSH failed: the server at %1 does not answer as an SSH server. Check the port.</source>
        <translation>Ошибка SSH: сервер %1 отвечает не как SSH-сервер. Проверьте порт.</translation>
    </message>
    <message>
        <source>SSH failed: the server at %1 accepts the connection but does not answer.</source>
        <translation>Ошибка SSH: сервер %1 принимает соединение, но не отвечает.</translation>
    </message>
    <message>
        <source>The %2 step failed (see the log).</source>
        <translation>Шаг %2 не пройден (подробности в журнале).</translation>
    </message>
    <message>
        <source>%1 (%2): not checked yet</source>
        <translation>%1 (%2): ещё не проверен</translation>
    </message>
    <message>
        <source>%1 (%2) is reachable since %3: %4 passed in %5 ms</source>
        <translation>%1 (%2) доступен с %3: %4 пройдены за %5 мс</translation>
    </message>
    <message>
        <source>%1 (%2) is NOT reachable since %3.</source>
        <translation>%1 (%2) НЕДОСТУПЕН с %3.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Other (type the reason)…</source>
        <translation>Другое (введите причину)…</translation>
    </message>
    <message>
        <source>Type the reason here</source>
        <translation>Введите причину здесь</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Диспетчер учётных данных Windows</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Связка ключей macOS</translation>
    </message>
    <message>
        <source>the system keyring (Secret Service: GNOME Keyring or KeePassXC)</source>
        <translation>системное хранилище паролей (Secret Service: GNOME Keyring или KeePassXC)</translation>
    </message>
    <message>
        <source>the system keyring (KWallet)</source>
        <translation>системное хранилище паролей (KWallet)</translation>
    </message>
    <message>
        <source>the console&apos;s own encrypted file (this PC has no system keyring)</source>
        <translation>собственный зашифрованный файл консоли (на этом ПК нет системного хранилища паролей)</translation>
    </message>
    <message>
        <source>memory only (demo): nothing is kept</source>
        <translation>только в памяти (демо): ничего не сохраняется</translation>
    </message>
    <message>
        <source>the store named by PYTHON_KEYRING_BACKEND (%1)</source>
        <translation>хранилище, заданное в PYTHON_KEYRING_BACKEND (%1)</translation>
    </message>
    <message>
        <source>Where passwords and tokens are kept: %1.</source>
        <translation>Где хранятся пароли и токены: %1.</translation>
    </message>
    <message>
        <source>The file %1 is encrypted with the key in %2. This protects a copy of the data folder or of that file alone. It does not protect against anyone who can read this user&apos;s files (the same user, an administrator, a stolen disk without disk encryption). Install and unlock GNOME Keyring or KWallet, or encrypt the disk.</source>
        <translation>Файл %1 зашифрован ключом из %2. Это защищает копию папки данных или одного этого файла. Это не защищает от того, кто может читать файлы этого пользователя (тот же пользователь, администратор, украденный диск без шифрования). Установите и разблокируйте GNOME Keyring или KWallet либо зашифруйте диск.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>Plate recognition</source>
        <translation>Распознавание номеров</translation>
    </message>
    <message>
        <source>Archive (H.264 MP4)</source>
        <translation>Архив (H.264 MP4)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Live stream (HLS)</source>
        <translation>Трансляция (HLS)</translation>
    </message>
    <message>
        <source>Secret store</source>
        <translation>Хранилище секретов</translation>
    </message>
    <message>
        <source>Archive player (libvlc)</source>
        <translation>Плеер архива (libvlc)</translation>
    </message>
    <message>
        <source>Disk for the archive</source>
        <translation>Диск для архива</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>В норме</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Reinstall the console: a part of it is missing or damaged.</source>
        <translation>Переустановите консоль: часть её файлов отсутствует или повреждена.</translation>
    </message>
    <message>
        <source>Create the configuration file (start the console once, or copy the template).</source>
        <translation>Создайте файл конфигурации (запустите консоль один раз или скопируйте шаблон).</translation>
    </message>
    <message>
        <source>Fix the configuration: `cgrconsole config-check` names every wrong key.</source>
        <translation>Исправьте конфигурацию: `cgrconsole config-check` назовёт каждый неверный ключ.</translation>
    </message>
    <message>
        <source>Add the checkpoint&apos;s cameras to the configuration.</source>
        <translation>Добавьте камеры пункта пропуска в конфигурацию.</translation>
    </message>
    <message>
        <source>Connect or mount the archive disk, or correct paths.archive_dir.</source>
        <translation>Подключите или смонтируйте диск архива либо исправьте paths.archive_dir.</translation>
    </message>
    <message>
        <source>Give the console&apos;s user the right to write to the archive folder.</source>
        <translation>Дайте пользователю консоли право записи в папку архива.</translation>
    </message>
    <message>
        <source>Give the console&apos;s user the right to write to the data folder.</source>
        <translation>Дайте пользователю консоли право записи в папку данных.</translation>
    </message>
    <message>
        <source>Allow local connections (127.0.0.1) in the firewall or security software.</source>
        <translation>Разрешите локальные подключения (127.0.0.1) в межсетевом экране или защитной программе.</translation>
    </message>
    <message>
        <source>Secrets are kept in the console&apos;s own file: install and unlock GNOME Keyring or KWallet to keep them in the system&apos;s store.</source>
        <translation>Секреты хранятся в собственном файле консоли: установите и разблокируйте GNOME Keyring или KWallet, чтобы хранить их в системном хранилище.</translation>
    </message>
    <message>
        <source>Install and unlock a keyring (Linux: GNOME Keyring; Windows: Credential Manager).</source>
        <translation>Установите и разблокируйте хранилище паролей (Linux: GNOME Keyring; Windows: диспетчер учётных данных).</translation>
    </message>
    <message>
        <source>Install VLC (Debian/Ubuntu: apt install libvlc5 vlc-plugin-base; Windows: the 64-bit VLC). Without it archive video opens in the system&apos;s player.</source>
        <translation>Установите VLC (Debian/Ubuntu: apt install libvlc5 vlc-plugin-base; Windows: 64-битный VLC). Без него видео архива открывается в системном плеере.</translation>
    </message>
    <message>
        <source>This disk cannot hold the archive: use a larger disk, fewer cameras or days, or a lower archive bitrate.</source>
        <translation>Этот диск не вместит архив: возьмите диск больше, уменьшите число камер или дней либо битрейт архива.</translation>
    </message>
    <message>
        <source>Free space on this disk: the archive will reach it before it holds all its days (unless the archive already fills most of the disk).</source>
        <translation>Освободите место на этом диске: архив заполнит его раньше, чем наберёт все дни хранения (если только архив уже не занимает большую часть диска).</translation>
    </message>
    <message>
        <source>Check the camera&apos;s address, cable and power, and its password (cgrconsole secret set camera/NAME).</source>
        <translation>Проверьте адрес камеры, кабель и питание, а также её пароль (cgrconsole secret set camera/ИМЯ).</translation>
    </message>
    <message>
        <source>Check the network and VPN, and the server&apos;s address in the configuration.</source>
        <translation>Проверьте сеть и VPN, а также адрес сервера в конфигурации.</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <source>Self-test of this console</source>
        <translation>Самопроверка консоли</translation>
    </message>
    <message>
        <source>Also check that the cameras and servers answer</source>
        <translation>Также проверить, отвечают ли камеры и серверы</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Что обнаружено</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the result as text (English), for a support request</source>
        <translation>Скопировать результат текстом (на английском) для обращения в поддержку</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Checking: %1…</source>
        <translation>Проверяется: %1…</translation>
    </message>
    <message>
        <source>The self-test could not run; the log says why.</source>
        <translation>Самопроверку не удалось выполнить; причина — в журнале.</translation>
    </message>
    <message>
        <source>Something does not work: see the lines marked Failure (%1 s).</source>
        <translation>Что-то не работает: см. строки с отметкой «Сбой» (%1 с).</translation>
    </message>
    <message>
        <source>The console works; see the warnings (%1 s).</source>
        <translation>Консоль работает; обратите внимание на предупреждения (%1 с).</translation>
    </message>
    <message>
        <source>Everything works (%1 s).</source>
        <translation>Всё работает (%1 с).</translation>
    </message>
</context>
<context>
    <name>SelfTestFact</name>
    <message>
        <source>the running console&apos;s configuration</source>
        <translation>конфигурация работающей консоли</translation>
    </message>
    <message>
        <source>%1 does not exist: defaults used</source>
        <translation>%1 не существует: используются значения по умолчанию</translation>
    </message>
    <message>
        <source>%1: %2 camera(s), %3 enabled</source>
        <translation>%1: камер — %2, включено — %3</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (и ещё %2)</translation>
    </message>
    <message>
        <source>the test image is missing: %1</source>
        <translation>нет тестового изображения: %1</translation>
    </message>
    <message>
        <source>%1 read %2 (%3) from %4</source>
        <translation>%1 прочитал %2 (%3) на снимке %4</translation>
    </message>
    <message>
        <source>%1 read nothing from %2</source>
        <translation>%1 ничего не прочитал на снимке %2</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>в %1: %2</translation>
    </message>
    <message>
        <source>SQLite %1, WAL, migrated to version %2 (%3 tables)</source>
        <translation>SQLite %1, WAL, обновлена до версии %2 (таблиц: %3)</translation>
    </message>
    <message>
        <source>the data folder %1 does not exist, tested in %2</source>
        <translation>папки данных %1 нет, проверено в %2</translation>
    </message>
    <message>
        <source>no store: %1</source>
        <translation>хранилища нет: %1</translation>
    </message>
    <message>
        <source>%1 refused (%2); is it unlocked?</source>
        <translation>%1 отказало (%2); оно разблокировано?</translation>
    </message>
    <message>
        <source>%1: a test secret did not read back as stored</source>
        <translation>%1: тестовый секрет прочитан не таким, каким был сохранён</translation>
    </message>
    <message>
        <source>%1: stored, read back and deleted a test secret</source>
        <translation>%1: тестовый секрет сохранён, прочитан и удалён</translation>
    </message>
    <message>
        <source>the file %1, its key %2: no protection from this user&apos;s files</source>
        <translation>файл %1, его ключ %2: нет защиты от файлов этого пользователя</translation>
    </message>
    <message>
        <source>libvlc cannot be used: %1</source>
        <translation>libvlc недоступна: %1</translation>
    </message>
    <message>
        <source>libvlc %1 bundled with the console: %2</source>
        <translation>libvlc %1 из поставки консоли: %2</translation>
    </message>
    <message>
        <source>libvlc %1, installed VLC: %2</source>
        <translation>libvlc %1, установленный VLC: %2</translation>
    </message>
    <message>
        <source>libvlc %1, system libvlc: %2</source>
        <translation>libvlc %1, системная libvlc: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 camera(s) x %2 kbit/s x %3 days = %4 + %5 kept free; %6: %7 free of %8</source>
        <translation>камер: %1 × %2 кбит/с × %3 дн. = %4 + %5 в запасе; %6: свободно %7 из %8</translation>
    </message>
    <message>
        <source>the archive folder does not exist: %1</source>
        <translation>папки архива нет: %1</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>нельзя записать в %1: %2</translation>
    </message>
    <message>
        <source>the recorder wrote nothing playable</source>
        <translation>запись не дала воспроизводимого файла</translation>
    </message>
    <message>
        <source>writing in %1 failed: %2</source>
        <translation>запись в %1 не удалась: %2</translation>
    </message>
    <message>
        <source>%1 KiB %2 %3 MP4 in %4, %5 of %6 frames decoded by PyAV %7</source>
        <translation>%1 КиБ %2 %3 MP4 в %4, PyAV %7 декодировал кадров: %5 из %6</translation>
    </message>
    <message>
        <source>the server did not start: %1</source>
        <translation>сервер не запустился: %1</translation>
    </message>
    <message>
        <source>%1: index %2, media playlist %3 (%4 parts)</source>
        <translation>%1: index.m3u8 — %2, media.m3u8 — %3 (частей: %4)</translation>
    </message>
    <message>
        <source>the server did not stop in %1 s</source>
        <translation>сервер не остановился за %1 с</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
    <message>
        <source>opened in %1 s: %2 %3</source>
        <translation>открыта за %1 с: %2 %3</translation>
    </message>
    <message>
        <source>opened in %1 s: %2 %3 %4 fps</source>
        <translation>открыта за %1 с: %2 %3 %4 к/с</translation>
    </message>
    <message>
        <source>the live stream needs H.264</source>
        <translation>для трансляции нужен H.264</translation>
    </message>
    <message>
        <source>%1 OK in %2 s (%3)</source>
        <translation>%1: OK, %2 с (%3)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Time zone (the archive&apos;s hour folders and the times of events)</source>
        <translation>часовой пояс (часовые папки архива и время событий)</translation>
    </message>
    <message>
        <source>Archive upload switched on or off (which files wait for the upload)</source>
        <translation>включение или выключение выгрузки архива (какие файлы ждут выгрузки)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <source>Archive and retention</source>
        <translation>Архив и хранение</translation>
    </message>
    <message>
        <source>Plate recognition</source>
        <translation>Распознавание номеров</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>Прямая трансляция</translation>
    </message>
    <message>
        <source>Archive upload (SFTP)</source>
        <translation>Выгрузка архива (SFTP)</translation>
    </message>
    <message>
        <source>Camera connection</source>
        <translation>Подключение камер</translation>
    </message>
    <message>
        <source>Reachability checks</source>
        <translation>Проверки доступности</translation>
    </message>
</context>
<context>
    <name>ShiftWidget</name>
    <message>
        <source>Change…</source>
        <translation>Сменить…</translation>
    </message>
    <message>
        <source>Another officer takes over, or the shift ends</source>
        <translation>Смену принимает другой оператор, или смена заканчивается</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <source>Decisions are recorded under this name</source>
        <translation>Решения записываются под этим именем</translation>
    </message>
    <message>
        <source>Officer: not set</source>
        <translation>Оператор: не указан</translation>
    </message>
    <message>
        <source>The first decision asks for the officer&apos;s name</source>
        <translation>При первом решении консоль спросит имя оператора</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The console is already running on this computer (process %1, started %2).</source>
        <translation>Консоль уже запущена на этом компьютере (процесс %1, запущен %2).</translation>
    </message>
    <message>
        <source>Its window has been brought to the front.</source>
        <translation>Её окно выведено на передний план.</translation>
    </message>
    <message>
        <source>Use that window, or close it before starting the console again. A console started without a window (a service) is stopped by the administrator.</source>
        <translation>Работайте в том окне или закройте его, прежде чем запускать консоль снова. Консоль, запущенную без окна (как служба), останавливает администратор.</translation>
    </message>
    <message>
        <source>Already running</source>
        <translation>Уже запущена</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <source>Archive upload to the SFTP server</source>
        <translation>Передача архива на сервер SFTP</translation>
    </message>
    <message>
        <source>The server&apos;s key</source>
        <translation>Ключ сервера</translation>
    </message>
    <message>
        <source>Copy the key shown</source>
        <translation>Копировать показанный ключ</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>Передаётся сейчас</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Nothing is being sent now.</source>
        <translation>Сейчас ничего не передаётся.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает передачи</translation>
    </message>
    <message>
        <source>Files that need someone to act</source>
        <translation>Файлы, которые требуют вмешательства</translation>
    </message>
    <message>
        <source>What happened and what to do</source>
        <translation>Что случилось и что делать</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Следующая попытка</translation>
    </message>
    <message>
        <source>Archive upload to %1: %2</source>
        <translation>Передача архива на %1: %2</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Следующая попытка в %1.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Confirmed key (sftp.host_key): %1</source>
        <translation>Подтверждённый ключ (sftp.host_key): %1</translation>
    </message>
    <message>
        <source>The server shows: %1 (%2)</source>
        <translation>Сервер показывает: %1 (%2)</translation>
    </message>
    <message>
        <source>The server shows the confirmed key.</source>
        <translation>Сервер показывает подтверждённый ключ.</translation>
    </message>
    <message>
        <source>Not connected yet.</source>
        <translation>Соединения ещё не было.</translation>
    </message>
    <message>
        <source>Continued at %1</source>
        <translation>Продолжено с %1</translation>
    </message>
    <message>
        <source>%1 file(s), %2 in all</source>
        <translation>Файлов: %1, всего %2</translation>
    </message>
    <message>
        <source>Nothing waits.</source>
        <translation>Очередь пуста.</translation>
    </message>
    <message>
        <source>The oldest was recorded at %1 (waits %2)</source>
        <translation>Самый старый записан в %1 (ждёт %2)</translation>
    </message>
    <message>
        <source>All sent in about %1 at the current speed</source>
        <translation>При текущей скорости всё будет передано примерно за %1</translation>
    </message>
    <message>
        <source>Time to send it all: unknown until a file has been sent</source>
        <translation>Время передачи всего: неизвестно, пока не передан хотя бы один файл</translation>
    </message>
    <message>
        <source>Sent since the console started: %1 file(s), %2</source>
        <translation>Передано с запуска консоли: файлов — %1, %2</translation>
    </message>
    <message>
        <source>Last error at %1: %2</source>
        <translation>Последняя ошибка в %1: %2</translation>
    </message>
    <message>
        <source>No error since the console started.</source>
        <translation>С запуска консоли ошибок не было.</translation>
    </message>
</context>
<context>
    <name>UploadStatus</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 МБ/с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 дн %2 ч</translation>
    </message>
    <message>
        <source>The archive server cannot be reached. Check the VPN tunnel and the network; the console tries again by itself.</source>
        <translation>Сервер архива недоступен. Проверьте VPN-туннель и сеть; консоль повторит попытку сама.</translation>
    </message>
    <message>
        <source>The archive server stopped answering. Check the VPN tunnel; the console tries again by itself.</source>
        <translation>Сервер архива перестал отвечать. Проверьте VPN-туннель; консоль повторит попытку сама.</translation>
    </message>
    <message>
        <source>The connection to the archive server broke; the file continues where it stopped.</source>
        <translation>Соединение с сервером архива прервалось; передача файла продолжится с места остановки.</translation>
    </message>
    <message>
        <source>No SFTP password is stored. The administrator stores it with: cgrconsole secret set sftp/password</source>
        <translation>Пароль SFTP не сохранён. Администратор сохраняет его командой: cgrconsole secret set sftp/password</translation>
    </message>
    <message>
        <source>The SFTP key file is protected by a passphrase that is not stored. The administrator stores it with: cgrconsole secret set sftp/password</source>
        <translation>Файл ключа SFTP защищён парольной фразой, которая не сохранена. Администратор сохраняет её командой: cgrconsole secret set sftp/password</translation>
    </message>
    <message>
        <source>The archive server refused the login. The administrator checks the SFTP user and password (cgrconsole secret set sftp/password); the console tries again by itself.</source>
        <translation>Сервер архива отклонил вход. Администратор проверяет пользователя и пароль SFTP (cgrconsole secret set sftp/password); консоль повторит попытку сама.</translation>
    </message>
    <message>
        <source>Nothing is sent until the administrator confirms the server&apos;s key: compare the key below with the server&apos;s admin by phone, then put it in sftp.host_key.</source>
        <translation>Ничего не передаётся, пока администратор не подтвердит ключ сервера: сверьте ключ ниже с администратором сервера по телефону, затем впишите его в sftp.host_key.</translation>
    </message>
    <message>
        <source>The archive server shows another key than the confirmed one: nothing is sent. Call the server&apos;s admin. If the server was not re-installed, someone may be intercepting the connection.</source>
        <translation>Сервер архива показывает не тот ключ, что был подтверждён: ничего не передаётся. Позвоните администратору сервера. Если сервер не переустанавливали, соединение, возможно, перехватывают.</translation>
    </message>
    <message>
        <source>The archive server could not write the file: its disk or the account&apos;s quota is probably full. Tell the server&apos;s admin; the console tries again by itself.</source>
        <translation>Сервер архива не смог записать файл: вероятно, заполнен его диск или квота учётной записи. Сообщите администратору сервера; консоль повторит попытку сама.</translation>
    </message>
    <message>
        <source>The copy on the server differed from the local file; it is sent again.</source>
        <translation>Копия на сервере отличалась от локального файла; он передаётся заново.</translation>
    </message>
    <message>
        <source>The SFTP account may not write into this folder on the server. The server&apos;s admin gives it write access (or the administrator corrects sftp.remote_root); the file is tried again within the hour, the others continue.</source>
        <translation>Учётной записи SFTP запрещена запись в эту папку на сервере. Администратор сервера даёт ей право записи (или администратор консоли исправляет sftp.remote_root); файл будет отправлен снова в течение часа, остальные передаются.</translation>
    </message>
    <message>
        <source>The file was deleted from the local disk before it could be sent; nothing can be done.</source>
        <translation>Файл удалён с локального диска до передачи; сделать ничего нельзя.</translation>
    </message>
    <message>
        <source>The upload failed; the console tries again by itself. See the log.</source>
        <translation>Передача не удалась; консоль повторит попытку сама. Подробности в журнале.</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>запуск</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готова</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>идёт отправка</translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>ждёт сервер</translation>
    </message>
    <message>
        <source>login refused</source>
        <translation>вход отклонён</translation>
    </message>
    <message>
        <source>the server&apos;s key is not confirmed</source>
        <translation>ключ сервера не подтверждён</translation>
    </message>
    <message>
        <source>THE SERVER&apos;S KEY CHANGED</source>
        <translation>КЛЮЧ СЕРВЕРА ИЗМЕНИЛСЯ</translation>
    </message>
    <message>
        <source>nothing waits</source>
        <translation>очередь пуста</translation>
    </message>
    <message>
        <source>%1 file(s) waiting, %2</source>
        <translation>в очереди файлов: %1, %2</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>всё отправлено</translation>
    </message>
    <message>
        <source>SFTP: %1</source>
        <translation>SFTP: %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>в очереди %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>ошибок: %1</translation>
    </message>
    <message>
        <source>each file checked by SHA-256 on the server</source>
        <translation>каждый файл проверен по SHA-256 на сервере</translation>
    </message>
    <message>
        <source>each file checked by its size and its last megabyte read back</source>
        <translation>каждый файл проверен по размеру и обратным чтением последнего мегабайта</translation>
    </message>
    <message>
        <source>The archive server shows another key (%1): nothing is sent. Call the server&apos;s admin: if the server was not re-installed, someone may be intercepting the connection.</source>
        <translation>Сервер архива показывает другой ключ (%1): ничего не передаётся. Позвоните администратору сервера: если сервер не переустанавливали, соединение, возможно, перехватывают.</translation>
    </message>
    <message>
        <source>The archive is not leaving this PC: the oldest file has waited %1 (%2). Restore the connection to the archive server.</source>
        <translation>Архив не уходит с этого ПК: самый старый файл ждёт %1 (%2). Восстановите соединение с сервером архива.</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 ТБ</translation>
    </message>
</context>
<context>
    <name>UploadView</name>
    <message>
        <source>Archive upload (SFTP)…</source>
        <translation>Передача архива (SFTP)…</translation>
    </message>
    <message>
        <source>What is being sent to the archive server, what waits, what failed</source>
        <translation>Что передаётся на сервер архива, что ждёт, что не удалось</translation>
    </message>
    <message>
        <source>Server: %1:%2</source>
        <translation>Сервер: %1:%2</translation>
    </message>
    <message>
        <source>It shows another key: %1</source>
        <translation>Он показывает другой ключ: %1</translation>
    </message>
    <message>
        <source>Click for the details</source>
        <translation>Нажмите, чтобы увидеть подробности</translation>
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
        <source>Internal error in %1 at %2. Tell the administrator (see the log)</source>
        <translation>Внутренняя ошибка: %1, в %2. Сообщите администратору (см. журнал)</translation>
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
