<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name></name>
    <message>
        <source>Administrator sign-in</source>
        <translation>Әкімші кіруі</translation>
    </message>
    <message>
        <source>Settings need the administrator. Set the administrator password (at least 8 characters):</source>
        <translation>Баптаулар тек әкімшіге қолжетімді. Әкімші құпиясөзін орнатыңыз (кемінде 8 таңба):</translation>
    </message>
    <message>
        <source>Settings need the administrator password.</source>
        <translation>Баптаулар үшін әкімші құпиясөзі қажет.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Құпиясөз қайтадан</translation>
    </message>
    <message>
        <source>Wrong password (the attempt is recorded in the audit log).</source>
        <translation>Құпиясөз қате (әрекет аудит журналына жазылды).</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Recognize plates</source>
        <translation>Нөмірлерді тану</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <source>RTSP URL</source>
        <translation>RTSP мекенжайы</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>RTSP URL: %1</source>
        <translation>RTSP мекенжайы: %1</translation>
    </message>
    <message>
        <source>Administrator mode has ended: sign in again to save.</source>
        <translation>Әкімші режимі аяқталды: сақтау үшін қайта кіріңіз.</translation>
    </message>
    <message>
        <source>Saved. These apply when the console starts again: %1. The rest already applies.</source>
        <translation>Сақталды. Консоль қайта іске қосылғанда күшіне енеді: %1. Қалғаны қазірдің өзінде қолданылады.</translation>
    </message>
    <message>
        <source>The live stream&apos;s new settings wait: %1 remote viewer(s) watch it now, and restarting the stream cuts them off for a few seconds.</source>
        <translation>Трансляцияның жаңа баптаулары күтуде: оны қазір %1 қашықтағы көрермен көріп отыр, трансляцияны қайта іске қосу оларды бірнеше секундқа ажыратады.</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Қайта іске қосу қажет</translation>
    </message>
    <message>
        <source>Restart the console now</source>
        <translation>Консольді қазір қайта іске қосу</translation>
    </message>
    <message>
        <source>Recording pauses for a few seconds while it starts again</source>
        <translation>Консоль қайта іске қосылғанша жазу бірнеше секундқа тоқтайды</translation>
    </message>
    <message>
        <source>Restart the live stream now</source>
        <translation>Трансляцияны қазір қайта іске қосу</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Құпиясөздер сәйкес емес: бір құпиясөзді екі рет енгізіңіз.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Құпиясөз кемінде 8 таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Changes are saved to %1</source>
        <translation>Өзгерістер %1 файлына сақталады</translation>
    </message>
    <message>
        <source>Remove the chosen camera (its recording is finished)</source>
        <translation>Таңдалған камераны жою (оның жазбасы аяқталады)</translation>
    </message>
    <message>
        <source>Move up: the tiles follow this order</source>
        <translation>Жоғары: тақталар осы ретпен орналасады</translation>
    </message>
    <message>
        <source>Move down: the tiles follow this order</source>
        <translation>Төмен: тақталар осы ретпен орналасады</translation>
    </message>
    <message>
        <source>1-40 of A-Z a-z 0-9 _ -: it names the archive&apos;s folders</source>
        <translation>A-Z a-z 0-9 _ - таңбаларынан 1–40: мұрағат қалталары осылай аталады</translation>
    </message>
    <message>
        <source>e.g. Entry, lane 1</source>
        <translation>мыс. Кіру, 1-жолақ</translation>
    </message>
    <message>
        <source>Send without the officer</source>
        <translation>Операторсыз жіберу</translation>
    </message>
    <message>
        <source>Off by default. A reading is sent at once when its format is valid and its confidence is at least the threshold below.</source>
        <translation>Әдепкіде өшірулі. Пішімі дұрыс және сенімділігі төмендегі шектен кем емес нөмір бірден жіберіледі.</translation>
    </message>
    <message>
        <source>Auto-send threshold (all cameras)</source>
        <translation>Автожіберу шегі (барлық камералар)</translation>
    </message>
    <message>
        <source>Only plates in today&apos;s queue</source>
        <translation>Тек бүгінгі кезектегі нөмірлер</translation>
    </message>
    <message>
        <source>Auto-send only plates in today&apos;s CarGoRuqsat queue (all cameras)</source>
        <translation>Тек CarGoRuqsat бүгінгі кезегіндегі нөмірлерді автожіберу (барлық камералар)</translation>
    </message>
    <message>
        <source>Drag a rectangle on the picture: plates are read only inside it</source>
        <translation>Суретте тіктөртбұрыш сызыңыз: нөмірлер тек соның ішінде танылады</translation>
    </message>
    <message>
        <source>Whole picture</source>
        <translation>Бүкіл кадр</translation>
    </message>
    <message>
        <source>Read plates in the whole picture (no area)</source>
        <translation>Нөмірлерді бүкіл кадрда тану (аймақсыз)</translation>
    </message>
    <message>
        <source>Recognition area</source>
        <translation>Тану аймағы</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Камералар</translation>
    </message>
    <message>
        <source>stored in the keyring; type to replace</source>
        <translation>кілттер қоймасында сақталған; ауыстыру үшін енгізіңіз</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>орнатылмаған</translation>
    </message>
    <message>
        <source>Whole picture (drag a rectangle on the Test picture to narrow it)</source>
        <translation>Бүкіл кадр (тарылту үшін тексеру суретінде тіктөртбұрыш сызыңыз)</translation>
    </message>
    <message>
        <source>Across %1–%2 %, down %3–%4 % of the picture</source>
        <translation>Кадрдың ені бойынша %1–%2 %, биіктігі бойынша %3–%4 %</translation>
    </message>
    <message>
        <source>Camera %1, field “%2”: %3</source>
        <translation>%1 камерасы, «%2» өрісі: %3</translation>
    </message>
    <message>
        <source>Add a camera</source>
        <translation>Камера қосу</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Сақталмады:</translation>
    </message>
    <message>
        <source>The keyring cannot store the secret (%1); nothing was saved.</source>
        <translation>Кілттер қоймасы құпияны сақтай алмайды (%1); ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Administrator mode ends after %1 min without activity.</source>
        <translation>Әкімші режимі %1 мин әрекетсіздіктен кейін аяқталады.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Wrong user name or password: the camera refused them (401). Correct the User and Password fields.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате: камера оларды қабылдамады (401). «Пайдаланушы» және «Құпиясөз» өрістерін түзетіңіз.</translation>
    </message>
    <message>
        <source>The host name in the RTSP URL is unknown. Check the address (or use the camera&apos;s IP).</source>
        <translation>RTSP мекенжайындағы хост атауы белгісіз. Мекенжайды тексеріңіз (немесе камераның IP-ін көрсетіңіз).</translation>
    </message>
    <message>
        <source>The camera cannot be reached. Check the IP address in the RTSP URL, the VPN and the cable.</source>
        <translation>Камераға қосылу мүмкін емес. RTSP мекенжайындағы IP-ді, VPN-ді және кабельді тексеріңіз.</translation>
    </message>
    <message>
        <source>Nothing listens at this port. Check the port in the RTSP URL (usually 554).</source>
        <translation>Бұл портта ешкім жауап бермейді. RTSP мекенжайындағы портты тексеріңіз (әдетте 554).</translation>
    </message>
    <message>
        <source>The camera does not answer in time (timeout). Check the address, or restart the camera.</source>
        <translation>Камера уақытында жауап бермейді (күту уақыты бітті). Мекенжайды тексеріңіз немесе камераны қайта қосыңыз.</translation>
    </message>
    <message>
        <source>The camera has no stream at this path. Check the path in the RTSP URL (see the camera&apos;s manual).</source>
        <translation>Камерада бұл жол бойынша ағын жоқ. RTSP мекенжайындағы жолды тексеріңіз (камера нұсқаулығын қараңыз).</translation>
    </message>
    <message>
        <source>The camera connected but sent no picture in time. Try the camera&apos;s main stream.</source>
        <translation>Камера қосылды, бірақ уақытында кескін жібермеді. Камераның негізгі ағынын қолданып көріңіз.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Connect to the camera with these fields and show its picture</source>
        <translation>Осы деректермен камераға қосылып, кескінін көрсету</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>Әзірге кескін жоқ</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 қосылуда…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <source>Codec: %1, %2×%3</source>
        <translation>Кодек: %1, %2×%3</translation>
    </message>
    <message>
        <source>Frame rate: %1 fps</source>
        <translation>Кадр жиілігі: %1 к/с</translation>
    </message>
    <message>
        <source>Keyframe every %1 frames</source>
        <translation>Тірек кадр әр %1 кадр сайын</translation>
    </message>
    <message>
        <source>Keyframe interval: longer than the test (over %1 s)</source>
        <translation>Тірек кадрлар аралығы: тексеруден ұзақ (%1 с астам)</translation>
    </message>
    <message>
        <source>Archive: off</source>
        <translation>Мұрағат: өшірулі</translation>
    </message>
    <message>
        <source>Archive: will be re-encoded to H.264 720p (uses the processor). Set the camera to H.264, at most 1280×720, to record it as it is.</source>
        <translation>Мұрағат: ағын H.264 720p пішіміне қайта кодталады (процессорды жүктейді). Өзгеріссіз жазу үшін камераны ең көбі 1280×720 H.264 пішіміне баптаңыз.</translation>
    </message>
    <message>
        <source>Archive: will copy the stream as it is (no re-encoding).</source>
        <translation>Мұрағат: ағын өзгеріссіз жазылады (қайта кодтаусыз).</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Кескін жоқ</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Тексеру сәтсіз: %1</translation>
    </message>
    <message>
        <source>No registration token: enter the one CarGoRuqsat issued for this site.</source>
        <translation>Тіркеу токені жоқ: CarGoRuqsat осы бекетке берген токенді енгізіңіз.</translation>
    </message>
    <message>
        <source>CarGoRuqsat refused the registration token: check it and the mode, then type it again.</source>
        <translation>CarGoRuqsat тіркеу токенін қабылдамады: оны және режимді тексеріп, қайта енгізіңіз.</translation>
    </message>
    <message>
        <source>No ĐBVN password: enter the password ĐBVN issued with the user name.</source>
        <translation>ĐBVN құпиясөзі жоқ: ĐBVN пайдаланушы атымен бірге берген құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>ĐBVN refused the login: check the provider ID, the user name and the password.</source>
        <translation>ĐBVN кіруді қабылдамады: жеткізуші ID-ін, пайдаланушы атын және құпиясөзді тексеріңіз.</translation>
    </message>
    <message>
        <source>Send events to CarGoRuqsat</source>
        <translation>Оқиғаларды CarGoRuqsat-қа жіберу</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Өткізу бекеті</translation>
    </message>
    <message>
        <source>Waiting area</source>
        <translation>Күту аймағы</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Registration token</source>
        <translation>Тіркеу токені</translation>
    </message>
    <message>
        <source>Send pictures to ĐBVN</source>
        <translation>Суреттерді ĐBVN-ға жіберу</translation>
    </message>
    <message>
        <source>Provider ID</source>
        <translation>Жеткізуші ID</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Camera ID (registered)</source>
        <translation>Камера ID (тіркелген)</translation>
    </message>
    <message>
        <source>Position (latitude, longitude)</source>
        <translation>Орны (ендік, бойлық)</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <source>Log in with these fields and read the server&apos;s status (nothing is sent)</source>
        <translation>Осы деректермен кіріп, сервер күйін оқу (ештеңе жіберілмейді)</translation>
    </message>
    <message>
        <source>Signed in. Today&apos;s queue: %1 plates.</source>
        <translation>Кіру орындалды. Бүгінгі кезек: %1 нөмір.</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>дайын</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>бос емес</translation>
    </message>
    <message>
        <source>Signed in. Server: %1.</source>
        <translation>Кіру орындалды. Сервер: %1.</translation>
    </message>
    <message>
        <source>Clock difference: %1 s.</source>
        <translation>Сағат айырмасы: %1 с.</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>Сервер жауап береді.</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Бекет атауы</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <source>The time zone names the archive&apos;s hour folders and the times sent with each event (e.g. Asia/Almaty, Asia/Aqtobe).</source>
        <translation>Уақыт белдеуі бойынша мұрағаттың сағаттық қалталары аталады және әр оқиғаның уақыты көрсетіледі (мыс. Asia/Almaty, Asia/Aqtobe).</translation>
    </message>
    <message>
        <source>A new name applies at once; a new time zone at the next start of the console.</source>
        <translation>Жаңа атауы бірден қолданылады; жаңа уақыт белдеуі — консольдің келесі іске қосылуынан бастап.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Бекет</translation>
    </message>
    <message>
        <source>Site name: must not be empty.</source>
        <translation>Бекет атауы: бос болмауы керек.</translation>
    </message>
    <message>
        <source>Time zone: unknown name; choose one from the list (e.g. Asia/Almaty).</source>
        <translation>Уақыт белдеуі: белгісіз атау; тізімнен таңдаңыз (мыс. Asia/Almaty).</translation>
    </message>
    <message>
        <source>Record the cameras</source>
        <translation>Камераларды жазу</translation>
    </message>
    <message>
        <source>Field “%1”: %2</source>
        <translation>«%1» өрісі: %2</translation>
    </message>
    <message>
        <source>Serve the live stream (HLS) to the remote operator</source>
        <translation>Қашықтағы операторға тікелей бейнені (HLS) беру</translation>
    </message>
    <message>
        <source>Automatic (a self-signed certificate made at the first start)</source>
        <translation>Автоматты (өздігінен қол қойылған сертификат бірінші іске қосуда жасалады)</translation>
    </message>
    <message>
        <source>Certificate files (PEM)</source>
        <translation>Сертификат файлдары (PEM)</translation>
    </message>
    <message>
        <source>Off (plain HTTP, only inside a VPN)</source>
        <translation>Өшірулі (қарапайым HTTP, тек VPN ішінде)</translation>
    </message>
    <message>
        <source>One address or network a line; only these clients may watch (e.g. the VPN&apos;s 10.8.0.0/24).</source>
        <translation>Әр жолға бір мекенжай не желі; тек осы клиенттер көре алады (мысалы, VPN желісі 10.8.0.0/24).</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Saved changes restart the live stream at once; if remote viewers are watching, you are asked first.</source>
        <translation>Сақталған өзгерістер трансляцияны бірден қайта іске қосады; қашықтағы көрермендер көріп отырса, алдымен сұралады.</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Тыңдау мекенжайы</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Шифрлау (TLS)</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Сертификат файлы</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Кілт файлы</translation>
    </message>
    <message>
        <source>Allowed clients</source>
        <translation>Рұқсат етілген клиенттер</translation>
    </message>
    <message>
        <source>Web players allowed (CORS origins)</source>
        <translation>Рұқсат етілген веб-ойнатқыштар (CORS көздері)</translation>
    </message>
    <message>
        <source>Part length</source>
        <translation>Бөлік ұзақтығы</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Live stream (HLS)</source>
        <translation>Тікелей бейне (HLS)</translation>
    </message>
    <message>
        <source>Copy the archive to the server</source>
        <translation>Мұрағатты серверге көшіру</translation>
    </message>
    <message>
        <source>none: log in with the password</source>
        <translation>жоқ: құпиясөзбен кіру</translation>
    </message>
    <message>
        <source>Password (or the key&apos;s passphrase)</source>
        <translation>Құпиясөз (немесе кілттің құпия фразасы)</translation>
    </message>
    <message>
        <source>Trust the key shown</source>
        <translation>Көрсетілген кілтке сену</translation>
    </message>
    <message>
        <source>Pin the key the server showed in the last Test</source>
        <translation>Сервер соңғы тексеруде көрсеткен кілтті бекіту</translation>
    </message>
    <message>
        <source>Nothing is sent to a server whose key is not pinned here. Compare the key the Test shows with `ssh-keygen -lf` on the server before you trust it.</source>
        <translation>Кілті мұнда бекітілмеген серверге ештеңе жіберілмейді. Кілтке сенбес бұрын, тексеру көрсеткен кілтті сервердегі `ssh-keygen -lf` нәтижесімен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Connect with these fields and list the remote folder (nothing is sent)</source>
        <translation>Осы деректермен қосылып, қашықтағы қалтаны көрсету (ештеңе жіберілмейді)</translation>
    </message>
    <message>
        <source>Saved changes apply from the next file sent. Switching the upload on or off applies at the next start of the console.</source>
        <translation>Сақталған өзгерістер келесі жіберілетін файлдан бастап қолданылады. Жүктеуді қосу не өшіру — консольдің келесі іске қосылуынан бастап.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Remote folder</source>
        <translation>Қашықтағы қалта</translation>
    </message>
    <message>
        <source>Server&apos;s host key</source>
        <translation>Сервер кілті (host key)</translation>
    </message>
    <message>
        <source>Archive upload (SFTP)</source>
        <translation>Мұрағатты жүктеу (SFTP)</translation>
    </message>
    <message>
        <source>Server&apos;s host key: %1 (%2).</source>
        <translation>Сервер кілті: %1 (%2).</translation>
    </message>
    <message>
        <source>No key is pinned: compare it with `ssh-keygen -lf` on the server, then press “Trust the key shown”.</source>
        <translation>Кілт бекітілмеген: оны сервердегі `ssh-keygen -lf` нәтижесімен салыстырып, «Көрсетілген кілтке сену» түймесін басыңыз.</translation>
    </message>
    <message>
        <source>Logged in, but the remote folder “%1” cannot be read: check the field “Remote folder”.</source>
        <translation>Кіру орындалды, бірақ «%1» қашықтағы қалтасын оқу мүмкін емес: «Қашықтағы қалта» өрісін тексеріңіз.</translation>
    </message>
    <message>
        <source>Logged in. The remote folder has %1 entries: %2</source>
        <translation>Кіру орындалды. Қашықтағы қалта (нысандар: %1): %2</translation>
    </message>
    <message>
        <source>Logged in. The remote folder is empty.</source>
        <translation>Кіру орындалды. Қашықтағы қалта бос.</translation>
    </message>
    <message>
        <source>required without a key file.</source>
        <translation>кілт файлы болмаса, міндетті.</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Мұрағат қалтасы</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Keep the video</source>
        <translation>Бейнені сақтау</translation>
    </message>
    <message>
        <source>Allow fewer than 60 days (the contract requires at least 60)</source>
        <translation>60 күннен аз рұқсат ету (келісімшарт кемінде 60 талап етеді)</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> ГБ</translation>
    </message>
    <message>
        <source>Keep free on the disk</source>
        <translation>Дискіде бос қалдыру</translation>
    </message>
    <message>
        <source>The archive has no size cap of its own: when the disk&apos;s free space falls below this, the oldest files are deleted first.</source>
        <translation>Мұрағаттың өз өлшем шегі жоқ: дискідегі бос орын осыдан азайғанда, ең ескі файлдар бірінші жойылады.</translation>
    </message>
    <message>
        <source>Archive and retention</source>
        <translation>Мұрағат және сақтау</translation>
    </message>
    <message>
        <source>Keep the video: %1 days is less than the contract&apos;s 60; tick the box above to allow it.</source>
        <translation>Бейнені сақтау: %1 күн келісімшарттағы 60-тан аз; рұқсат ету үшін жоғарыдағы белгіні қойыңыз.</translation>
    </message>
    <message>
        <source>Warning: the archive will be kept only %1 days.</source>
        <translation>Назар аударыңыз: мұрағат тек %1 күн сақталады.</translation>
    </message>
    <message>
        <source>Keep the video: at least 60 days, or tick “Allow fewer than 60 days”.</source>
        <translation>Бейнені сақтау: кемінде 60 күн, немесе «60 күннен аз рұқсат ету» белгісін қойыңыз.</translation>
    </message>
    <message>
        <source>As the computer&apos;s language</source>
        <translation>Компьютер тілі бойынша</translation>
    </message>
    <message>
        <source>Language of the console</source>
        <translation>Консоль тілі</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the console.</source>
        <translation>Жаңа тіл консоль келесі іске қосылғаннан бастап қолданылады.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
</context>
<context>
    <name>ArchivePlayerWidget</name>
    <message>
        <source>Open in the system&apos;s player</source>
        <translation>Жүйелік ойнатқышта ашу</translation>
    </message>
    <message>
        <source>Open the archive file in the video player of this computer</source>
        <translation>Мұрағат файлын осы компьютердің бейне ойнатқышында ашу</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Кідірту</translation>
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
        <translation>Ойнату жылдамдығы</translation>
    </message>
    <message>
        <source>Next file ▶</source>
        <translation>Келесі файл ▶</translation>
    </message>
    <message>
        <source>The built-in player cannot play the archive: VLC (libvlc) is not available on this computer (%1). Open the file in the system&apos;s player and go to %2.</source>
        <translation>Кіріктірілген ойнатқыш мұрағатты ойната алмайды: бұл компьютерде VLC (libvlc) жоқ (%1). Файлды жүйелік ойнатқышта ашып, %2 уақытына өтіңіз.</translation>
    </message>
    <message>
        <source>The built-in player could not open this file.</source>
        <translation>Кіріктірілген ойнатқыш бұл файлды аша алмады.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Ойнату</translation>
    </message>
    <message>
        <source>event at %1</source>
        <translation>оқиға %1 уақытында</translation>
    </message>
    <message>
        <source>end of the file: the next one is ready</source>
        <translation>файлдың соңы: келесісі дайын</translation>
    </message>
    <message>
        <source>The built-in player could not play this file.</source>
        <translation>Кіріктірілген ойнатқыш бұл файлды ойната алмады.</translation>
    </message>
    <message>
        <source>This moment is in the file being recorded now; it can be watched when the file is finished (within 5 minutes).</source>
        <translation>Бұл сәт қазір жазылып жатқан файлда; файл аяқталғанда (5 минут ішінде) көруге болады.</translation>
    </message>
    <message>
        <source>The archive file of this moment is no longer on disk (deleted by retention).</source>
        <translation>Бұл сәттің мұрағат файлы дискіде жоқ (сақтау мерзімі бойынша жойылған).</translation>
    </message>
    <message>
        <source>No archive video of this moment.</source>
        <translation>Бұл сәттің мұрағат бейнесі жоқ.</translation>
    </message>
    <message>
        <source>Opens %1; go to %2 in it</source>
        <translation>%1 ашады; онда %2 уақытына өтіңіз</translation>
    </message>
    <message>
        <source>No later file of this camera yet</source>
        <translation>Бұл камераның кейінгі файлы әлі жоқ</translation>
    </message>
    <message>
        <source>Play the camera&apos;s next file: %1</source>
        <translation>Камераның келесі файлын ойнату: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveStatus</name>
    <message>
        <source>archive folder missing</source>
        <translation>мұрағат қалтасы жоқ</translation>
    </message>
    <message>
        <source>archive is read-only</source>
        <translation>мұрағат тек оқуға арналған</translation>
    </message>
    <message>
        <source>archive disk full</source>
        <translation>мұрағат дискісі толы</translation>
    </message>
    <message>
        <source>archive write error</source>
        <translation>мұрағатқа жазу қатесі</translation>
    </message>
    <message>
        <source>internal error, restarting</source>
        <translation>ішкі қате, қайта іске қосылуда</translation>
    </message>
    <message>
        <source>Archive disk almost full: %1 file(s) deleted before upload to keep recording. Free space on the disk.</source>
        <translation>Мұрағат дискісі толуға жақын: жазуды тоқтатпау үшін жіберілмеген %1 файл жойылды. Дискіде орын босатыңыз.</translation>
    </message>
    <message>
        <source>Archive disk full: recording will stop. Free space on the archive disk now.</source>
        <translation>Мұрағат дискісі толы: жазу тоқтайды. Мұрағат дискісінде дереу орын босатыңыз.</translation>
    </message>
    <message>
        <source>Disk of the console&apos;s data full: new plate events cannot be saved. Free space on it now.</source>
        <translation>Консоль деректері бар диск толы: нөмірлер туралы жаңа оқиғалар сақталмайды. Онда дереу орын босатыңыз.</translation>
    </message>
    <message>
        <source>&lt; 1 day</source>
        <translation>&lt; 1 күн</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 күн</translation>
    </message>
    <message>
        <source>Archive: %1, %2, %3 free</source>
        <translation>Мұрағат: %1, %2, бос %3</translation>
    </message>
</context>
<context>
    <name>AttemptsTable</name>
    <message>
        <source>Started</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>received; the server&apos;s number for it: %1</source>
        <translation>қабылданды; сервердегі нөмірі: %1</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Неліктен</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Танылғаны</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Камералар</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Number on the server</source>
        <translation>Сервердегі нөмірі</translation>
    </message>
    <message>
        <source>File on the server</source>
        <translation>Сервердегі файл</translation>
    </message>
    <message>
        <source>Size, bytes</source>
        <translation>Өлшемі, байт</translation>
    </message>
    <message>
        <source>Sent, bytes</source>
        <translation>Жіберілді, байт</translation>
    </message>
    <message>
        <source>Resumed at byte</source>
        <translation>Жалғасқан байт</translation>
    </message>
    <message>
        <source>Duration, s</source>
        <translation>Ұзақтығы, с</translation>
    </message>
    <message>
        <source>Speed, MB/s</source>
        <translation>Жылдамдығы, МБ/с</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Болған</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Сұраулар</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Server&apos;s key</source>
        <translation>Сервер кілті</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Days kept</source>
        <translation>Сақталатын күн</translation>
    </message>
    <message>
        <source>Free, bytes</source>
        <translation>Бос, байт</translation>
    </message>
    <message>
        <source>Freed, bytes</source>
        <translation>Босатылды, байт</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Бекет</translation>
    </message>
    <message>
        <source>Previous officer</source>
        <translation>Алдыңғы қызметкер</translation>
    </message>
    <message>
        <source>Next officer</source>
        <translation>Келесі қызметкер</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Кодек</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ені</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Биіктігі</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>жіберу</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>жеткізілді</translation>
    </message>
    <message>
        <source>the server had it already</source>
        <translation>серверде бұрыннан бар</translation>
    </message>
    <message>
        <source>not delivered, will retry</source>
        <translation>жеткізілмеді, қайталанады</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>refused again (repeats counted)</source>
        <translation>қайта бас тартылды (қайталаулар саналды)</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>жүктелді</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>қате</translation>
    </message>
    <message>
        <source>put aside (cannot be sent)</source>
        <translation>шетке қойылды (жіберу мүмкін емес)</translation>
    </message>
    <message>
        <source>login refused</source>
        <translation>кіруге рұқсат берілмеді</translation>
    </message>
    <message>
        <source>the server&apos;s key changed: refused</source>
        <translation>сервер кілті өзгерді: бас тартылды</translation>
    </message>
    <message>
        <source>the server&apos;s key is not pinned</source>
        <translation>сервер кілті бекітілмеген</translation>
    </message>
    <message>
        <source>watched (session ended)</source>
        <translation>көрді (сеанс аяқталды)</translation>
    </message>
    <message>
        <source>watching</source>
        <translation>көріп отыр</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>ажыратылды</translation>
    </message>
    <message>
        <source>console started</source>
        <translation>консоль іске қосылды</translation>
    </message>
    <message>
        <source>console stopped</source>
        <translation>консоль тоқтатылды</translation>
    </message>
    <message>
        <source>old records deleted (retention)</source>
        <translation>ескі жазбалар жойылды (сақтау мерзімі)</translation>
    </message>
    <message>
        <source>file recovered after a power cut</source>
        <translation>қуат өшкеннен кейін файл қалпына келтірілді</translation>
    </message>
    <message>
        <source>low disk space: oldest deleted</source>
        <translation>дискіде орын аз: ең ескісі жойылды</translation>
    </message>
    <message>
        <source>disk almost full: oldest video deleted</source>
        <translation>диск толуға жақын: ең ескі бейне жойылды</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>ішкі қате</translation>
    </message>
    <message>
        <source>sending dismissed</source>
        <translation>жіберуден бас тартылды</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>қолмен қосылды</translation>
    </message>
    <message>
        <source>decision changed</source>
        <translation>шешім өзгертілді</translation>
    </message>
    <message>
        <source>shift started</source>
        <translation>ауысым басталды</translation>
    </message>
    <message>
        <source>shift ended</source>
        <translation>ауысым аяқталды</translation>
    </message>
    <message>
        <source>setting changed</source>
        <translation>баптау өзгертілді</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>құпиясөз орнатылды</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>кіру</translation>
    </message>
    <message>
        <source>sign-out</source>
        <translation>шығу</translation>
    </message>
    <message>
        <source>test</source>
        <translation>тексеру</translation>
    </message>
    <message>
        <source>time ran out</source>
        <translation>уақыт бітті</translation>
    </message>
    <message>
        <source>by the user</source>
        <translation>пайдаланушының қалауымен</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>әрекетсіздік</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>сервер тоқтатылды</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>CameraStatus</name>
    <message>
        <source>Connecting</source>
        <translation>Қосылуда</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Эфирде</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Қайта қосылуда</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Байланыс жоқ</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation>КІРУ</translation>
    </message>
    <message>
        <source>EXIT</source>
        <translation>ШЫҒУ</translation>
    </message>
    <message>
        <source>The camera address is not valid. Correct it in the camera settings.</source>
        <translation>Камера мекенжайы қате. Оны камера баптауларында түзетіңіз.</translation>
    </message>
    <message>
        <source>The camera address must start with rtsp:// or rtsps://.</source>
        <translation>Камера мекенжайы rtsp:// немесе rtsps:// деп басталуы керек.</translation>
    </message>
    <message>
        <source>The camera&apos;s host name is unknown. Check the address and the VPN.</source>
        <translation>Камера хостының атауы белгісіз. Мекенжай мен VPN-ді тексеріңіз.</translation>
    </message>
    <message>
        <source>The camera cannot be reached. Check the VPN tunnel, the cable and the camera&apos;s power.</source>
        <translation>Камераға қосылу мүмкін емес. VPN туннелін, кабельді және камераның қуатын тексеріңіз.</translation>
    </message>
    <message>
        <source>The camera refused the connection. Check the RTSP port.</source>
        <translation>Камера қосылудан бас тартты. RTSP портын тексеріңіз.</translation>
    </message>
    <message>
        <source>The camera does not answer. Restart the camera.</source>
        <translation>Камера жауап бермейді. Камераны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>The device at this address is not an RTSP camera. Check the port and the address.</source>
        <translation>Бұл мекенжайдағы құрылғы RTSP камерасы емес. Порт пен мекенжайды тексеріңіз.</translation>
    </message>
    <message>
        <source>The camera has no stream at this path. Check the address.</source>
        <translation>Камерада бұл жол бойынша ағын жоқ. Мекенжайды тексеріңіз.</translation>
    </message>
    <message>
        <source>Wrong camera user name or password. Ask the administrator to correct them.</source>
        <translation>Камераның пайдаланушы аты немесе құпиясөзі қате. Әкімшіден түзетуді сұраңыз.</translation>
    </message>
    <message>
        <source>The camera user may not view this stream. Check the user&apos;s rights on the camera.</source>
        <translation>Камера пайдаланушысына бұл ағынды көруге рұқсат жоқ. Камерадағы құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <source>The camera reported an error. Restart the camera.</source>
        <translation>Камера қате туралы хабарлады. Камераны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>The stream has no video. Choose another stream in the address.</source>
        <translation>Ағында бейне жоқ. Мекенжайда басқа ағынды көрсетіңіз.</translation>
    </message>
    <message>
        <source>The camera does not send H.264 or H.265. Set its encoder to H.264.</source>
        <translation>Камера H.264 немесе H.265 жібермейді. Камерада H.264 кодегін қосыңыз.</translation>
    </message>
    <message>
        <source>The camera ended the stream.</source>
        <translation>Камера ағынды аяқтады.</translation>
    </message>
    <message>
        <source>No video from the camera for too long.</source>
        <translation>Камерадан бейне тым ұзақ келмей тұр.</translation>
    </message>
    <message>
        <source>The connection to the camera was lost.</source>
        <translation>Камерамен байланыс үзілді.</translation>
    </message>
    <message>
        <source>An internal error stopped this camera. See the log.</source>
        <translation>Ішкі қате бұл камераны тоқтатты. Журналды қараңыз.</translation>
    </message>
</context>
<context>
    <name>CameraTileWidget</name>
    <message numerus="yes">
        <source>No new frames for %n s</source>
        <translation>
            <numerusform>%n с бойы жаңа кадр жоқ</numerusform>
            <numerusform>%n с бойы жаңа кадр жоқ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The camera sends the same picture for %n s</source>
        <translation>
            <numerusform>Камера %n с бойы бір ғана суретті жіберіп тұр</numerusform>
            <numerusform>Камера %n с бойы бір ғана суретті жіберіп тұр</numerusform>
        </translation>
    </message>
    <message>
        <source>REC</source>
        <translation>ЖАЗУ</translation>
    </message>
    <message>
        <source>NOT RECORDING: %1</source>
        <translation>ЖАЗЫЛМАЙДЫ: %1</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Баптау қатесі</translation>
    </message>
    <message>
        <source>This camera is off until the configuration is corrected:</source>
        <translation>Конфигурация түзетілгенше камера сөндірулі:</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n s</source>
        <translation>
            <numerusform>Келесі әрекет %n с кейін</numerusform>
            <numerusform>Келесі әрекет %n с кейін</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <source>%1 fps</source>
        <translation>%1 кадр/с</translation>
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
        <translation>файл жоқ</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>файлды оқу мүмкін емес ({error})</translation>
    </message>
    <message>
        <source>TOML syntax error: {error}</source>
        <translation>TOML синтаксис қатесі: {error}</translation>
    </message>
    <message>
        <source>expected [[cameras]] tables, one per camera</source>
        <translation>[[cameras]] кестелері күтіледі, әр камераға біреуден</translation>
    </message>
    <message>
        <source>unknown time zone {zone!r} (e.g. &apos;Asia/Almaty&apos;)</source>
        <translation>белгісіз уақыт белдеуі {zone!r} (мысалы, &apos;Asia/Almaty&apos;)</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>0-ден үлкен болуы керек</translation>
    </message>
    <message>
        <source>must be 0.2..25 frames per second</source>
        <translation>секундына 0.2..25 кадр болуы керек</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most 1</source>
        <translation>0-ден үлкен және 1-ден аспауы керек</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most uplink.retry_max_s</source>
        <translation>0-ден үлкен және uplink.retry_max_s мәнінен аспауы керек</translation>
    </message>
    <message>
        <source>{name!r} must be 1-40 of A-Z a-z 0-9 _ - (it names archive folders); put other text in &apos;title&apos;</source>
        <translation>{name!r}: A-Z a-z 0-9 _ - таңбаларынан 1–40 болуы керек (ол мұрағат қалталарының атауы); басқа мәтінді &apos;title&apos; ішіне жазыңыз</translation>
    </message>
    <message>
        <source>{name!r} is a device name on Windows, where no archive folder can have it; choose another name (e.g. Camera1) and put the text in &apos;title&apos;</source>
        <translation>{name!r} — Windows жүйесіндегі құрылғы атауы, онда мұрағат қалтасы бұлай аталмайды; басқа атау таңдаңыз (мысалы, Camera1), ал мәтінді &apos;title&apos; ішіне жазыңыз</translation>
    </message>
    <message>
        <source>duplicate camera name {name!r} (also cameras[{other}])</source>
        <translation>{name!r} камера атауы қайталанады (cameras[{other}] ішінде де бар)</translation>
    </message>
    <message>
        <source>contains a password; remove it from the URL and store it with &apos;cgrconsole secret set camera/{name}&apos; (kept in the OS keyring)</source>
        <translation>құпиясөз бар; оны URL-ден алып тастап, &apos;cgrconsole secret set camera/{name}&apos; командасымен сақтаңыз (ОЖ кілттер қоймасында сақталады)</translation>
    </message>
    <message>
        <source>must be [x1, y1, x2, y2] fractions with 0 &lt;= x1 &lt; x2 &lt;= 1 and 0 &lt;= y1 &lt; y2 &lt;= 1</source>
        <translation>[x1, y1, x2, y2] кадр үлестері болуы керек, мұнда 0 &lt;= x1 &lt; x2 &lt;= 1 және 0 &lt;= y1 &lt; y2 &lt;= 1</translation>
    </message>
    <message>
        <source>the events</source>
        <translation>оқиғалар</translation>
    </message>
    <message>
        <source>must be one of {choices} (whole minutes that divide an hour); the customer&apos;s layout uses 300</source>
        <translation>{choices} мәндерінің бірі болуы керек (сағатқа бөлінетін бүтін минуттар); тапсырыс берушінің құрылымында 300</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>кемінде 1 болуы керек</translation>
    </message>
    <message>
        <source>the archive must be kept at least 60 days; set archive.allow_short_retention = true to go below</source>
        <translation>мұрағат кемінде 60 күн сақталуы керек; азырақ орнату үшін archive.allow_short_retention = true деп көрсетіңіз</translation>
    </message>
    <message>
        <source>must be at least {days} days (as long as {what}); set archive.allow_short_retention = true to go below</source>
        <translation>кемінде {days} күн болуы керек ({what} сияқты); азырақ орнату үшін archive.allow_short_retention = true деп көрсетіңіз</translation>
    </message>
    <message>
        <source>must be greater than 0 and less than archive.min_free_gb</source>
        <translation>0-ден үлкен және archive.min_free_gb мәнінен кіші болуы керек</translation>
    </message>
    <message>
        <source>must be 200..1300 (50 MB per 5 minutes is 1333 kbit/s)</source>
        <translation>200..1300 болуы керек (5 минутқа 50 МБ — бұл 1333 кбит/с)</translation>
    </message>
    <message>
        <source>{address!r} is not an address (e.g. &quot;0.0.0.0&quot;, &quot;::&quot; or the VPN&apos;s)</source>
        <translation>{address!r} — мекенжай емес (мысалы, &quot;0.0.0.0&quot;, &quot;::&quot; немесе VPN мекенжайы)</translation>
    </message>
    <message>
        <source>must be 1..65535 (0 picks a free port at each start)</source>
        <translation>1..65535 болуы керек (0 — әр іске қосқанда бос порт)</translation>
    </message>
    <message>
        <source>tls = &quot;files&quot; needs cert_file and key_file (PEM); or tls = &quot;auto&quot;</source>
        <translation>tls = &quot;files&quot; үшін cert_file және key_file (PEM) қажет; немесе tls = &quot;auto&quot; деп көрсетіңіз</translation>
    </message>
    <message>
        <source>{entry!r} is not an address or network (e.g. 10.8.0.0/24)</source>
        <translation>{entry!r} — мекенжай да, желі де емес (мысалы, 10.8.0.0/24)</translation>
    </message>
    <message>
        <source>{origin!r} is not an origin (e.g. https://iuc.example.kz)</source>
        <translation>{origin!r} — дереккөз (origin) емес (мысалы, https://iuc.example.kz)</translation>
    </message>
    <message>
        <source>must be 1..max_connections (and that at least 1)</source>
        <translation>1..max_connections болуы керек (ал ол кемінде 1)</translation>
    </message>
    <message>
        <source>must be 0.1..2.0 seconds (LL-HLS parts; 0.2 is the default)</source>
        <translation>0.1..2.0 секунд болуы керек (LL-HLS бөліктері; әдепкі 0.2)</translation>
    </message>
    <message>
        <source>must be part_target_s..10 seconds (1 is the default)</source>
        <translation>part_target_s..10 секунд болуы керек (әдепкі 1)</translation>
    </message>
    <message>
        <source>must be 3..60 (7 is the default)</source>
        <translation>3..60 болуы керек (әдепкі 7)</translation>
    </message>
    <message>
        <source>expected a table, got {kind}</source>
        <translation>кесте күтіледі, берілгені: {kind}</translation>
    </message>
    <message>
        <source>the file: expected a table, got {kind}</source>
        <translation>файл: кесте күтіледі, берілгені: {kind}</translation>
    </message>
    <message>
        <source>unknown key (did you mean &apos;{hint}&apos;?)</source>
        <translation>белгісіз кілт (&apos;{hint}&apos; болуы мүмкін бе?)</translation>
    </message>
    <message>
        <source>unknown key; known keys: {keys}</source>
        <translation>белгісіз кілт; белгілі кілттер: {keys}</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>міндетті кілт жоқ</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {value!r}</source>
        <translation>{choices} мәндерінің бірі болуы керек, берілгені {value!r}</translation>
    </message>
    <message>
        <source>expected a list, got {kind}</source>
        <translation>тізім күтіледі, берілгені: {kind}</translation>
    </message>
    <message>
        <source>expected a list of {expected} values, got {got}</source>
        <translation>{expected} мәннен тұратын тізім күтіледі, берілгені {got}</translation>
    </message>
    <message>
        <source>expected true or false, got {kind}</source>
        <translation>true немесе false күтіледі, берілгені: {kind}</translation>
    </message>
    <message>
        <source>expected a number, got {kind}</source>
        <translation>сан күтіледі, берілгені: {kind}</translation>
    </message>
    <message>
        <source>expected a whole number, got {kind}</source>
        <translation>бүтін сан күтіледі, берілгені: {kind}</translation>
    </message>
    <message>
        <source>expected text in quotes, got {kind}</source>
        <translation>тырнақшадағы мәтін күтіледі, берілгені: {kind}</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>тізім</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>кесте</translation>
    </message>
    <message>
        <source>needs at least 3 [x, y] corners, got {count}</source>
        <translation>кемінде 3 [x, y] бұрышы қажет, берілгені {count}</translation>
    </message>
    <message>
        <source>corners are [x, y] fractions of the picture&apos;s width and height, each 0..1 (0, 0 is the top left)</source>
        <translation>бұрыштар — кадр ені мен биіктігінің [x, y] үлестері, әрқайсысы 0..1 (0, 0 — сол жақ жоғарғы бұрыш)</translation>
    </message>
    <message>
        <source>encloses no area (its corners are on one line or repeated)</source>
        <translation>ауданды қамтымайды (бұрыштары бір түзуде немесе қайталанады)</translation>
    </message>
    <message>
        <source>give the lane either direction (entry, exit) or entry_motion (down, up, towards, away), not both and not neither</source>
        <translation>жолақ үшін не direction (entry, exit), не entry_motion (down, up, towards, away) көрсетіңіз — екеуінің дәл біреуін</translation>
    </message>
    <message>
        <source>empty or contains spaces</source>
        <translation>бос немесе бос орын бар</translation>
    </message>
    <message>
        <source>cannot be parsed ({error})</source>
        <translation>талдау мүмкін емес ({error})</translation>
    </message>
    <message>
        <source>has no scheme: write rtsp://host/path</source>
        <translation>схемасы жоқ: rtsp://host/path деп жазыңыз</translation>
    </message>
    <message>
        <source>unknown scheme {scheme!r}: a camera URL starts with {known}</source>
        <translation>белгісіз схема {scheme!r}: камера URL-і мыналардың бірінен басталады: {known}</translation>
    </message>
    <message>
        <source>write {scheme}://host/path (two slashes)</source>
        <translation>{scheme}://host/path деп жазыңыз (екі қиғаш сызық)</translation>
    </message>
    <message>
        <source>has no valid host</source>
        <translation>дұрыс хост атауы жоқ</translation>
    </message>
    <message>
        <source>must be 5..3600 seconds</source>
        <translation>5..3600 секунд болуы керек</translation>
    </message>
    <message>
        <source>must be 0.5..60 seconds</source>
        <translation>0.5..60 секунд болуы керек</translation>
    </message>
    <message>
        <source>at most a quarter of reachability.interval_s (a round of checks must end before the next one starts)</source>
        <translation>reachability.interval_s мәнінің төрттен бірінен аспауы керек (тексерулер айналымы келесісі басталғанға дейін аяқталуы тиіс)</translation>
    </message>
    <message>
        <source>expected http(s)://host[:port], got {url!r}</source>
        <translation>http(s)://host[:port] күтіледі, берілгені {url!r}</translation>
    </message>
    <message>
        <source>unknown field; known: {fields}</source>
        <translation>белгісіз өріс; белгілілері: {fields}</translation>
    </message>
    <message>
        <source>the JSON name {name!r} is used twice</source>
        <translation>{name!r} JSON атауы екі рет қолданылған</translation>
    </message>
    <message>
        <source>cannot be left out (the service needs it)</source>
        <translation>алып тастауға болмайды (қызметке қажет)</translation>
    </message>
    <message>
        <source>entry and exit must differ</source>
        <translation>entry мен exit әртүрлі болуы керек</translation>
    </message>
    <message>
        <source>as_number needs whole numbers, e.g. entry = &quot;1&quot;</source>
        <translation>as_number үшін бүтін сандар қажет, мысалы entry = &quot;1&quot;</translation>
    </message>
    <message>
        <source>must be above 0</source>
        <translation>0-ден үлкен болуы керек</translation>
    </message>
    <message>
        <source>{phrase!r} is too short to mean only that</source>
        <translation>{phrase!r} тек осыны білдіру үшін тым қысқа</translation>
    </message>
    <message>
        <source>at least 8 (a readable photo needs it)</source>
        <translation>кемінде 8 (әйтпесе фотоны оқу мүмкін емес)</translation>
    </message>
    <message>
        <source>must start with https://</source>
        <translation>https:// деп басталуы керек</translation>
    </message>
    <message>
        <source>the ProviderID issued by ĐBVN is missing</source>
        <translation>ĐBVN берген ProviderID жоқ</translation>
    </message>
    <message>
        <source>the UserName issued by ĐBVN is missing</source>
        <translation>ĐBVN берген UserName жоқ</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s position is not set</source>
        <translation>өткізу пунктінің орны көрсетілмеген</translation>
    </message>
    <message>
        <source>only bits 0, 2 and 4 (0b000Z0Y0X) may be set</source>
        <translation>тек 0, 2 және 4 биттерін орнатуға болады (0b000Z0Y0X)</translation>
    </message>
    <message>
        <source>the CameraID registered with ĐBVN is missing</source>
        <translation>ĐBVN-де тіркелген CameraID жоқ</translation>
    </message>
    <message>
        <source>no CameraID is set for any camera</source>
        <translation>бірде-бір камераға CameraID көрсетілмеген</translation>
    </message>
    <message>
        <source>must be between 1 and 500</source>
        <translation>1-ден 500-ге дейін болуы керек</translation>
    </message>
    <message>
        <source>must be between 600000 and 10 MB</source>
        <translation>600000-нан 10 МБ-қа дейін болуы керек</translation>
    </message>
    <message>
        <source>must be between 1 and 300 seconds (60–120 advised)</source>
        <translation>1-ден 300 секундқа дейін болуы керек (60–120 ұсынылады)</translation>
    </message>
    <message>
        <source>required when sftp.enabled = true (the server&apos;s name or address)</source>
        <translation>sftp.enabled = true болғанда міндетті (сервердің атауы немесе мекенжайы)</translation>
    </message>
    <message>
        <source>must be 1..65535</source>
        <translation>1..65535 болуы керек</translation>
    </message>
    <message>
        <source>required (the dedicated SFTP account)</source>
        <translation>міндетті (арнайы SFTP тіркелгісі)</translation>
    </message>
    <message>
        <source>must not be empty (use &apos;.&apos; for the account&apos;s home folder)</source>
        <translation>бос болмауы керек (тіркелгінің үй қалтасы үшін &apos;.&apos; деп көрсетіңіз)</translation>
    </message>
    <message>
        <source>must look like SHA256:&lt;43 characters&gt;, as `ssh-keygen -lf` prints it (leave it empty to have the console show the server&apos;s key)</source>
        <translation>SHA256:&lt;43 таңба&gt; түрінде болуы керек, `ssh-keygen -lf` шығарғандай (бос қалдырсаңыз, консоль сервер кілтін көрсетеді)</translation>
    </message>
    <message>
        <source>must be 1..16</source>
        <translation>1..16 болуы керек</translation>
    </message>
    <message>
        <source>must be 0 (unlimited) or more</source>
        <translation>0 (шектеусіз) немесе одан көп болуы керек</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most sftp.retry_max_s</source>
        <translation>0-ден үлкен және sftp.retry_max_s мәнінен аспауы керек</translation>
    </message>
    <message>
        <source>unknown synthetic option(s): {options}</source>
        <translation>белгісіз synthetic параметрлері: {options}</translation>
    </message>
    <message>
        <source>synthetic option {name}={text!r} must be a whole number</source>
        <translation>synthetic параметрі {name}={text!r} бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>synthetic option {name}={text!r} must be a number</source>
        <translation>synthetic параметрі {name}={text!r} сан болуы керек</translation>
    </message>
    <message>
        <source>synthetic option size={size!r} must be WIDTHxHEIGHT</source>
        <translation>synthetic параметрі size={size!r} ЕНІxБИІКТІГІ (WIDTHxHEIGHT) түрінде болуы керек</translation>
    </message>
    <message>
        <source>synthetic option direction={direction!r} must be entry, exit or both</source>
        <translation>synthetic параметрі direction={direction!r} entry, exit немесе both болуы керек</translation>
    </message>
    <message>
        <source>synthetic options out of range: {error}</source>
        <translation>synthetic параметрлері рұқсат етілген шектен тыс: {error}</translation>
    </message>
    <message>
        <source>synthetic option size={size!r} must be even numbers</source>
        <translation>synthetic параметрі size={size!r}: ені мен биіктігі жұп сан болуы керек</translation>
    </message>
</context>
<context>
    <name>ConfigProblems</name>
    <message>
        <source>the whole file (the console runs without cameras)</source>
        <translation>бүкіл файл (консоль камераларсыз жұмыс істейді)</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>%1 камерасы</translation>
    </message>
    <message>
        <source>sending to CarGoRuqsat</source>
        <translation>CarGoRuqsat-қа жіберу</translation>
    </message>
    <message>
        <source>sending to ĐBVN (Vietnam)</source>
        <translation>ĐBVN-ге жіберу (Вьетнам)</translation>
    </message>
    <message>
        <source>recording the archive</source>
        <translation>мұрағатты жазу</translation>
    </message>
    <message>
        <source>plate recognition</source>
        <translation>нөмірлерді тану</translation>
    </message>
    <message>
        <source>the live stream for the remote operator</source>
        <translation>қашықтағы операторға арналған тікелей трансляция</translation>
    </message>
    <message>
        <source>uploading the archive over SFTP</source>
        <translation>архивті SFTP арқылы жіберу</translation>
    </message>
    <message>
        <source>Problems in the configuration file %1: %2.</source>
        <translation>%1 конфигурация файлындағы қателер: %2.</translation>
    </message>
    <message>
        <source>Switched off until the file is corrected:</source>
        <translation>Файл түзетілгенше сөндірілді:</translation>
    </message>
    <message>
        <source>Everything else works. Correct the file (the details name each key) and restart the console.</source>
        <translation>Қалғанының бәрі жұмыс істейді. Файлды түзетіңіз (толығырақ бөлімде әр кілт көрсетілген) және консольді қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Configuration problems</source>
        <translation>Конфигурация қателері</translation>
    </message>
    <message>
        <source>The configuration file %1 does not exist.

Create it from the template? The console then opens without cameras; add them to the file and restart.</source>
        <translation>%1 конфигурация файлы жоқ.

Оны үлгі бойынша жасау керек пе? Онда консоль камераларсыз ашылады; оларды файлға қосып, қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>No configuration file</source>
        <translation>Конфигурация файлы жоқ</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Delivery of %1</source>
        <translation>%1 жөнелтілуі</translation>
    </message>
    <message>
        <source>The picture of this event is missing.</source>
        <translation>Бұл оқиғаның суреті жоқ.</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Қайта жіберу</translation>
    </message>
    <message>
        <source>Send the event again to every server that refused it</source>
        <translation>Оқиғаны оны қабылдамаған барлық серверге қайта жіберу</translation>
    </message>
    <message>
        <source>Correct and resend…</source>
        <translation>Түзетіп, қайта жіберу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>This event cannot be read any more.</source>
        <translation>Бұл оқиғаны енді оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>Read as %1, corrected by the officer</source>
        <translation>%1 деп танылды, оператор түзеткен</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation>Шешім қабылдаған: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Себебі: %1</translation>
    </message>
    <message>
        <source>Not queued for sending: only confirmed plates are sent.</source>
        <translation>Жіберу кезегінде жоқ: тек расталған нөмірлер жіберіледі.</translation>
    </message>
    <message>
        <source>Not resent: the event is no longer waiting for a decision.</source>
        <translation>Жіберілмеді: оқиға енді шешім күтпейді.</translation>
    </message>
    <message>
        <source>Dismiss sending to %1</source>
        <translation>%1 жүйесіне жіберуден бас тарту</translation>
    </message>
    <message>
        <source>The event will not be sent there again. Why? The reason is kept in the audit log.</source>
        <translation>Оқиға ол жаққа енді жіберілмейді. Неліктен? Себебі аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>The server will never accept this plate</source>
        <translation>Сервер бұл нөмірді ешқашан қабылдамайды</translation>
    </message>
    <message>
        <source>Reported by phone instead</source>
        <translation>Оның орнына телефон арқылы хабарланды</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Not dismissed: this delivery is not refused any more.</source>
        <translation>Орындалмады: бұл жөнелтілім енді қабылданбаған күйде емес.</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Түзету…</translation>
    </message>
    <message>
        <source>The event is being sent right now; correct it once the server answered</source>
        <translation>Оқиға дәл қазір жіберіліп жатыр; сервер жауап бергенде түзетіңіз</translation>
    </message>
    <message>
        <source>Type the right plate: it is sent again to every server, and the change is audited</source>
        <translation>Дұрыс нөмірді енгізіңіз: ол барлық серверге қайта жіберіледі, өзгеріс аудит журналына жазылады</translation>
    </message>
    <message>
        <source>Type the right plate, then send it</source>
        <translation>Дұрыс нөмірді енгізіп, оны жіберіңіз</translation>
    </message>
    <message>
        <source>Change the decision before it is sent: the servers get only the new plate</source>
        <translation>Шешімді жіберілмей тұрып өзгерту: серверлер тек жаңа нөмірді алады</translation>
    </message>
    <message>
        <source>Not changed: the event is being sent right now. Try again in a moment.</source>
        <translation>Өзгертілмеді: оқиға дәл қазір жіберіліп жатыр. Біраздан соң қайталаңыз.</translation>
    </message>
    <message>
        <source>Not changed: the plate is the same, or the event changed meanwhile.</source>
        <translation>Өзгертілмеді: нөмір бұрынғыдай, немесе оқиға осы уақытта өзгерді.</translation>
    </message>
    <message>
        <source>Only a refused event can be resent; this one is: %1</source>
        <translation>Тек қабылданбаған оқиғаны қайта жіберуге болады; бұл оқиға: %1</translation>
    </message>
    <message>
        <source>No server refused it: the sending is retried by itself</source>
        <translation>Ешбір сервер оны қабылдамай қойған жоқ: жіберу өздігінен қайталанады</translation>
    </message>
</context>
<context>
    <name>DeliveryReason</name>
    <message>
        <source>cannot connect to %1: %2 (network, VPN or firewall)</source>
        <translation>%1 мекенжайына қосылу мүмкін емес: %2 (желі, VPN немесе желіаралық экран)</translation>
    </message>
    <message>
        <source>no connection to %1 within %2 s (network, VPN or firewall)</source>
        <translation>%1 мекенжайымен %2 с ішінде байланыс болмады (желі, VPN немесе желіаралық экран)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 с ішінде жауап болмады</translation>
    </message>
    <message>
        <source>the connection closed before the answer (the event may have arrived; a resend will tell)</source>
        <translation>байланыс жауапқа дейін жабылды (оқиға жетуі мүмкін; қайта жіберу мұны көрсетеді)</translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is not trusted (check the VPN route or %1)</source>
        <translation>TLS: сервер сертификатына сенім жоқ (VPN бағытын немесе %1 тексеріңіз)</translation>
    </message>
    <message>
        <source>TLS handshake failed (%1)</source>
        <translation>TLS байланысын орнату сәтсіз аяқталды (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 оқылмайды: %2</translation>
    </message>
    <message>
        <source>network error (%1)</source>
        <translation>желі қатесі (%1)</translation>
    </message>
    <message>
        <source>the server redirects to %1: set %2 to %3</source>
        <translation>сервер %1 мекенжайына бағыттайды: %2 параметріне %3 мәнін қойыңыз</translation>
    </message>
    <message>
        <source>the server redirects to %1: check %2 (http or https, host, port)</source>
        <translation>сервер %1 мекенжайына бағыттайды: %2 тексеріңіз (http немесе https, хост, порт)</translation>
    </message>
    <message>
        <source>the server did not answer within %1 s</source>
        <translation>сервер %1 с ішінде жауап бермеді</translation>
    </message>
    <message>
        <source>internal error of the sending code (%1); retrying</source>
        <translation>жіберу бағдарламасының ішкі қатесі (%1); қайта әрекет жасалады</translation>
    </message>
    <message>
        <source>internal error: the client answered for the wrong number of events; retrying</source>
        <translation>ішкі қате: клиент оқиғалардың басқа санына жауап қайтарды; қайта әрекет жасалады</translation>
    </message>
    <message>
        <source>the event cannot be read: %1</source>
        <translation>оқиғаны оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the console stopped during the attempt</source>
        <translation>әрекет кезінде консоль тоқтады</translation>
    </message>
    <message>
        <source>the server did not have it; sent again</source>
        <translation>серверде ол болмай шықты; қайта жіберілді</translation>
    </message>
    <message>
        <source>the server answered %1: it already has this event; counted as delivered</source>
        <translation>сервер %1 деп жауап берді: бұл оқиға онда бұрыннан бар; жеткізілді деп есептеледі</translation>
    </message>
    <message>
        <source>the server&apos;s field %1 = %2 says it already has this event; counted as delivered</source>
        <translation>сервер жауабындағы %1 = %2 өрісі оқиғаның онда бұрыннан бар екенін білдіреді; жеткізілді деп есептеледі</translation>
    </message>
    <message>
        <source>counted as delivered because the server said “%1”</source>
        <translation>жеткізілді деп есептеледі, өйткені сервер «%1» деп жазды</translation>
    </message>
    <message>
        <source>the photo is not a readable image</source>
        <translation>сурет кескін ретінде оқылмайды</translation>
    </message>
    <message>
        <source>cannot bring a %1x%2 photo into %3–%4 bytes</source>
        <translation>%1x%2 суретін %3–%4 байтқа сыйғызу мүмкін емес</translation>
    </message>
    <message>
        <source>JPEG encoding failed</source>
        <translation>суретті JPEG пішіміне сығу сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>HTTP %1: the service refused the event&apos;s content</source>
        <translation>HTTP %1: сервис оқиғаның мазмұнын қабылдамады</translation>
    </message>
    <message>
        <source>HTTP %1: forbidden: is the registration token for mode %2?</source>
        <translation>HTTP %1: кіруге тыйым салынған: тіркеу токені %2 режиміне берілген бе?</translation>
    </message>
    <message>
        <source>HTTP %1: no such path: check uplink.cgr.base_url and mode</source>
        <translation>HTTP %1: мұндай мекенжай жоқ: uplink.cgr.base_url және mode тексеріңіз</translation>
    </message>
    <message>
        <source>HTTP %1: the photo is too large for the service: lower uplink.cgr.photo_max_kb</source>
        <translation>HTTP %1: сурет сервис үшін тым үлкен: uplink.cgr.photo_max_kb мәнін азайтыңыз</translation>
    </message>
    <message>
        <source>HTTP %1: the service timed out waiting for us</source>
        <translation>HTTP %1: сервис сұрауды күтпей қойды</translation>
    </message>
    <message>
        <source>HTTP %1: the service asks to come back later</source>
        <translation>HTTP %1: сервис кейінірек жүгінуді сұрайды</translation>
    </message>
    <message>
        <source>HTTP %1: too many requests</source>
        <translation>HTTP %1: сұрау тым көп</translation>
    </message>
    <message>
        <source>HTTP %1: the service has a problem</source>
        <translation>HTTP %1: сервис жағында ақау бар</translation>
    </message>
    <message>
        <source>HTTP %1: the service refused the event</source>
        <translation>HTTP %1: сервис оқиғаны қабылдамады</translation>
    </message>
    <message>
        <source>HTTP %1: an unexpected answer</source>
        <translation>HTTP %1: күтпеген жауап</translation>
    </message>
    <message>
        <source>the event cannot be sent: %1</source>
        <translation>оқиғаны жіберу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>HTTP 401: the service refused a fresh token; trying again later</source>
        <translation>HTTP 401: сервис жаңа токенді қабылдамады; кейінірек қайталанады</translation>
    </message>
    <message>
        <source>no CarGoRuqsat registration token in the keyring: run `cgrconsole secret set cgr/registration_token`</source>
        <translation>құпиясөз қоймасында CarGoRuqsat тіркеу токені жоқ: `cgrconsole secret set cgr/registration_token` орындаңыз</translation>
    </message>
    <message>
        <source>login (Auth): HTTP %1</source>
        <translation>кіру (Auth): HTTP %1</translation>
    </message>
    <message>
        <source>login (Auth): HTTP %1: the registration token was refused (run `cgrconsole secret set cgr/registration_token`)</source>
        <translation>кіру (Auth): HTTP %1: тіркеу токені қабылданбады (`cgrconsole secret set cgr/registration_token` орындаңыз)</translation>
    </message>
    <message>
        <source>login (Auth): the answer holds no token (%1)</source>
        <translation>кіру (Auth): жауапта токен жоқ (%1)</translation>
    </message>
    <message>
        <source>TruckNumbers: unreadable answer (%1)</source>
        <translation>TruckNumbers: жауап оқылмайды (%1)</translation>
    </message>
    <message>
        <source>image refused as invalid (not JPEG, damaged, black/white or covered)</source>
        <translation>сурет жарамсыз деп қабылданбады (JPEG емес, бүлінген, тұтас қара не ақ, жабық)</translation>
    </message>
    <message>
        <source>image size refused (must be 30–512 KB)</source>
        <translation>сурет өлшемі қабылданбады (30–512 КБ болуы керек)</translation>
    </message>
    <message>
        <source>plate refused: not in the format ĐBVN accepts; correct it and resend</source>
        <translation>нөмір қабылданбады: ĐBVN бұл пішімді қабылдамайды; нөмірді түзетіп, қайта жіберіңіз</translation>
    </message>
    <message>
        <source>position refused: check uplink.drvn.gps_lat / gps_lon, then resend</source>
        <translation>координаттар қабылданбады: uplink.drvn.gps_lat / gps_lon тексеріп, қайта жіберіңіз</translation>
    </message>
    <message>
        <source>driving licence refused: agree uplink.drvn.driver_license with ĐBVN</source>
        <translation>жүргізуші куәлігі қабылданбады: uplink.drvn.driver_license мәнін ĐBVN-мен келісіңіз</translation>
    </message>
    <message>
        <source>time refused: more than 15 min from the server&apos;s clock or older than 5 days</source>
        <translation>уақыт қабылданбады: сервер сағатынан 15 минуттан астам ауытқиды немесе оқиға 5 күннен ескі</translation>
    </message>
    <message>
        <source>too frequent: ĐBVN accepts one image per vehicle every 3–5 minutes</source>
        <translation>тым жиі: ĐBVN бір көліктен 3–5 минутта бір сурет қабылдайды</translation>
    </message>
    <message>
        <source>not logged in or token refused</source>
        <translation>кіру орындалмаған немесе токен қабылданбады</translation>
    </message>
    <message>
        <source>token expired</source>
        <translation>токеннің мерзімі өтті</translation>
    </message>
    <message>
        <source>the server refused the data (400)</source>
        <translation>сервер деректерді қабылдамады (400)</translation>
    </message>
    <message>
        <source>not authenticated (401)</source>
        <translation>кіру расталмаған (401)</translation>
    </message>
    <message>
        <source>access denied (403): is this PC&apos;s IP registered with ĐBVN, the account active?</source>
        <translation>кіруге тыйым салынды (403): осы ДК-ның IP мекенжайы ĐBVN-де тіркелген бе, тіркелгі белсенді ме?</translation>
    </message>
    <message>
        <source>not found (404): check uplink.drvn.base_url and provider_id</source>
        <translation>табылмады (404): uplink.drvn.base_url және provider_id тексеріңіз</translation>
    </message>
    <message>
        <source>too many requests (429)</source>
        <translation>сұрау тым көп (429)</translation>
    </message>
    <message>
        <source>server error (500)</source>
        <translation>сервер қатесі (500)</translation>
    </message>
    <message>
        <source>server unavailable (%1)</source>
        <translation>сервер қолжетімсіз (%1)</translation>
    </message>
    <message>
        <source>request refused (%1)</source>
        <translation>сұрау қабылданбады (%1)</translation>
    </message>
    <message>
        <source>request timeout (408)</source>
        <translation>сұрауды күту уақыты өтті (408)</translation>
    </message>
    <message>
        <source>request too large for a proxy (413)</source>
        <translation>сұрау прокси-сервер үшін тым үлкен (413)</translation>
    </message>
    <message>
        <source>unknown answer code %1</source>
        <translation>белгісіз жауап коды: %1</translation>
    </message>
    <message>
        <source>the answer was not the protocol&apos;s JSON</source>
        <translation>жауап хаттаманың JSON пішімінде емес</translation>
    </message>
    <message>
        <source>the answer carried no Code</source>
        <translation>жауапта Code өрісі жоқ</translation>
    </message>
    <message>
        <source>the ĐBVN uplink is not configured: %1</source>
        <translation>ĐBVN-ге жіберу бапталмаған: %1</translation>
    </message>
    <message>
        <source>waiting for earlier images</source>
        <translation>ертерек суреттердің жіберілуін күтуде</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>әрекет жасалмады</translation>
    </message>
    <message>
        <source>taken %1 days ago; ĐBVN accepts resends within 5 days</source>
        <translation>%1 күн бұрын түсірілген; ĐBVN қайта жіберуді тек 5 күн ішінде қабылдайды</translation>
    </message>
    <message>
        <source>plate %1 is not 4–12 Latin letters and digits</source>
        <translation>%1 нөмірі 4–12 латын әрпі мен цифрдан тұрмайды</translation>
    </message>
    <message>
        <source>the server&apos;s answer did not mention this image</source>
        <translation>сервер жауабында бұл сурет аталмаған</translation>
    </message>
    <message>
        <source>logging in again did not help</source>
        <translation>қайта кіру көмектеспеді</translation>
    </message>
    <message>
        <source>the server refused the time and this PC&apos;s clock is off: synchronise it (NTP)</source>
        <translation>сервер уақытты қабылдамады, ал осы ДК сағаты қате: оны синхрондаңыз (NTP)</translation>
    </message>
    <message>
        <source>this PC&apos;s clock differs from the ĐBVN server by %1 min (&gt; 15): synchronise it with NTP; nothing is sent until it is fixed</source>
        <translation>осы ДК сағаты ĐBVN серверінен %1 мин ауытқыған (&gt; 15): оны NTP арқылы синхрондаңыз; түзетілгенше ештеңе жіберілмейді</translation>
    </message>
    <message>
        <source>the server asked us to wait %1 s (429)</source>
        <translation>сервер %1 с күтуді сұрады (429)</translation>
    </message>
    <message>
        <source>ĐBVN server busy</source>
        <translation>ĐBVN сервері бос емес</translation>
    </message>
    <message>
        <source>the ĐBVN server status cannot be read (HTTP %1)</source>
        <translation>ĐBVN серверінің күйін оқу мүмкін емес (HTTP %1)</translation>
    </message>
    <message>
        <source>no password in the OS keyring under drvn/password: run `cgrconsole secret set drvn/password`</source>
        <translation>құпиясөз қоймасында drvn/password құпиясөзі жоқ: `cgrconsole secret set drvn/password` орындаңыз</translation>
    </message>
    <message>
        <source>login refused: check uplink.drvn.provider_id / user_name and drvn/password</source>
        <translation>кіру қабылданбады: uplink.drvn.provider_id / user_name және drvn/password тексеріңіз</translation>
    </message>
    <message>
        <source>login failed</source>
        <translation>кіру сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>login is paused after a refusal (a wrong password repeated may lock the account)</source>
        <translation>бас тартудан кейін кіру тоқтатылды (қате құпиясөзді қайталау тіркелгіні бұғаттауы мүмкін)</translation>
    </message>
    <message>
        <source>Server answered: %1</source>
        <translation>Сервер жауабы: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryState</name>
    <message>
        <source>waiting to be sent</source>
        <translation>жіберуді күтуде</translation>
    </message>
    <message>
        <source>sending now</source>
        <translation>жіберілуде</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>жеткізілді</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>сервер қабылдамады</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>жіберуден бас тартылды</translation>
    </message>
    <message>
        <source>Sending it again unchanged cannot succeed. Correct the plate and resend, or dismiss it with a reason.</source>
        <translation>Өзгеріссіз қайта жіберу нәтиже бермейді. Нөмірді түзетіп, қайта жіберіңіз немесе себебін көрсетіп, жіберуден бас тартыңыз.</translation>
    </message>
    <message>
        <source>The console keeps retrying by itself; nothing to do unless it fails.</source>
        <translation>Консоль өзі қайталап көреді; жіберу қабылданбағанша ештеңе істеудің қажеті жоқ.</translation>
    </message>
    <message>
        <source>delivered (the server had it already)</source>
        <translation>жеткізілді (серверде бұрыннан бар)</translation>
    </message>
    <message>
        <source>not delivered, will retry</source>
        <translation>жеткізілмеді, қайталанады</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>жіберілуде…</translation>
    </message>
    <message>
        <source>interrupted (the console stopped)</source>
        <translation>үзілді (консоль тоқтады)</translation>
    </message>
    <message>
        <source>Vietnamese cameras (ĐBVN)</source>
        <translation>Вьетнам камералары (ĐBVN)</translation>
    </message>
    <message>
        <source>Plates not sent: no destination</source>
        <translation>Нөмірлер жіберілмейді: алушы жоқ</translation>
    </message>
    <message>
        <source>Not sent: no destination is configured. The decision is kept here. To send plates, the administrator enables [uplink.cgr] or [uplink.drvn] in the configuration file.</source>
        <translation>Жіберілмеді: алушы бапталмаған. Шешім осында сақталды. Нөмірлер жіберілуі үшін әкімші баптау файлында [uplink.cgr] немесе [uplink.drvn] бөлімін қосады.</translation>
    </message>
    <message>
        <source>%1 last answered: %2</source>
        <translation>%1, соңғы жауап: %2</translation>
    </message>
    <message>
        <source>Sent %1 · waiting %2 · failed %3</source>
        <translation>Жіберілді %1 · күтуде %2 · қате %3</translation>
    </message>
    <message>
        <source>ĐBVN: this PC&apos;s clock is %1 min off the server&apos;s; sync it (NTP). Sending is paused.</source>
        <translation>ĐBVN: осы ДК сағаты серверден %1 мин ауытқыған; оны синхрондаңыз (NTP). Жіберу тоқтатылды.</translation>
    </message>
    <message>
        <source>ĐBVN busy until %1</source>
        <translation>ĐBVN %1 дейін бос емес</translation>
    </message>
    <message>
        <source>ĐBVN unreachable; retrying</source>
        <translation>ĐBVN қолжетімсіз; қайта әрекет жасалуда</translation>
    </message>
</context>
<context>
    <name>DestinationSectionWidget</name>
    <message>
        <source>Dismiss…</source>
        <translation>Бас тарту…</translation>
    </message>
    <message>
        <source>Stop trying to send this event here; a reason is required</source>
        <translation>Бұл оқиғаны мұнда енді жібермеу; себебі қажет</translation>
    </message>
    <message>
        <source>attempts: %1</source>
        <translation>әрекет саны: %1</translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation>Соңғы жауап: %1</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Келесі әрекет: %1.</translation>
    </message>
</context>
<context>
    <name>EventArchive</name>
    <message>
        <source>No archive video: the camera was not recording at that moment.</source>
        <translation>Мұрағатта бейне жоқ: сол сәтте камера жазып тұрған жоқ.</translation>
    </message>
    <message>
        <source>No archive video: recording is switched off for this camera.</source>
        <translation>Мұрағатта бейне жоқ: бұл камера үшін жазу өшірулі.</translation>
    </message>
</context>
<context>
    <name>EventDetailsDialog</name>
    <message>
        <source>Event %1</source>
        <translation>Оқиға %1</translation>
    </message>
    <message>
        <source>Archive video</source>
        <translation>Мұрағат бейнесі</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Other readings: %1</source>
        <translation>Басқа оқылымдар: %1</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Әлі шешілмеген.</translation>
    </message>
    <message>
        <source>automatically</source>
        <translation>автоматты түрде</translation>
    </message>
    <message>
        <source>Added by hand by %1: %2 (the recognizer missed it)</source>
        <translation>Қолмен қосқан %1: %2 (тану өткізіп алған)</translation>
    </message>
    <message>
        <source>Confirmed by %1: %2</source>
        <translation>Растаған %1: %2</translation>
    </message>
    <message>
        <source>Corrected by %1: %3 → %2</source>
        <translation>Түзеткен %1: %3 → %2</translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation>Қабылдамаған %1: %2</translation>
    </message>
    <message>
        <source>Sending to %3 dismissed by %1: %2</source>
        <translation>%3 жіберуін тоқтатқан %1: %2</translation>
    </message>
    <message>
        <source>The event is %1 before the end of this file: the vehicle goes on in the next one</source>
        <translation>Оқиға файлдың соңына %1 қалғанда: көлік келесі файлда да көрінеді</translation>
    </message>
    <message>
        <source>Re-opened by %1 and confirmed: %2</source>
        <translation>Шешімді %1 қайта қарап, растады: %2</translation>
    </message>
    <message>
        <source>Corrected after sending by %1: %3 → %2, sent again</source>
        <translation>Жіберілгеннен кейін %1 түзетті: %3 → %2, қайта жіберілді</translation>
    </message>
    <message>
        <source>Changed before sending by %1: %3 → %2</source>
        <translation>Жіберілмей тұрып %1 өзгертті: %3 → %2</translation>
    </message>
</context>
<context>
    <name>EventState</name>
    <message>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>расталды</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>түзетілді</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>қате</translation>
    </message>
    <message>
        <source>confirmed — no destination configured</source>
        <translation>расталды — алушы бапталмаған</translation>
    </message>
    <message>
        <source>confirmed, not sent</source>
        <translation>жіберілмеді</translation>
    </message>
</context>
<context>
    <name>EventsPanelWidget</name>
    <message>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>Confirm the selected plate and send it (Enter)</source>
        <translation>Таңдалған нөмірді растап, жіберу (Enter)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Түзету…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Қабылдамау…</translation>
    </message>
    <message>
        <source>Not a plate or a false reading: say why (Delete)</source>
        <translation>Нөмір емес немесе қате танылды: себебін көрсетіңіз (Delete)</translation>
    </message>
    <message>
        <source>Type the right plate on the list (or press F2), then Enter sends it</source>
        <translation>Дұрыс нөмірді тізімде теріңіз (немесе F2 басыңыз), Enter оны жібереді</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Толығырақ…</translation>
    </message>
    <message>
        <source>The event&apos;s pictures, video and where it was sent (Space or a double click)</source>
        <translation>Оқиғаның суреттері, бейнесі және қайда жіберілгені (Бос орын немесе қос шерту)</translation>
    </message>
    <message>
        <source>↑ %1 new</source>
        <translation>↑ жаңа: %1</translation>
    </message>
    <message>
        <source>%1 new plates arrived above the rows you see; click to scroll up to them</source>
        <translation>Көрінетін жолдардан жоғары жаңа нөмірлер: %1; оларға өту үшін басыңыз</translation>
    </message>
    <message>
        <source>No new plates above the rows you see</source>
        <translation>Көрінетін жолдардан жоғары жаңа нөмір жоқ</translation>
    </message>
    <message>
        <source>Waiting for decision: %1</source>
        <translation>Шешім күтуде: %1</translation>
    </message>
    <message>
        <source>Failed delivery: %1</source>
        <translation>Жеткізілмеді: %1</translation>
    </message>
    <message>
        <source>No plates yet: they appear here as the cameras read them.</source>
        <translation>Әзірге нөмір жоқ: камералар танығанда олар осында пайда болады.</translation>
    </message>
    <message>
        <source>Select a plate first (arrow keys).</source>
        <translation>Алдымен нөмірді таңдаңыз (бағыт пернелері).</translation>
    </message>
    <message>
        <source>%1: the server refused it. Type the right plate (or press F2) to correct and resend it; Space opens its delivery.</source>
        <translation>%1: сервер оны қабылдамады. Түзетіп, қайта жіберу үшін дұрыс нөмірді теріңіз (немесе F2 басыңыз); Бос орын жіберу мәліметтерін ашады.</translation>
    </message>
    <message>
        <source>%1 was rejected. Open its details (Space) to see why.</source>
        <translation>%1 қабылданбады. Себебін толығырақ терезеден қараңыз (Бос орын).</translation>
    </message>
    <message>
        <source>%1 is already %2 — open its details (Space) to correct it.</source>
        <translation>%1 қазір «%2» күйінде — түзету үшін толығырақ терезені ашыңыз (Бос орын).</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1 қабылдамау</translation>
    </message>
    <message>
        <source>Why is this not a vehicle to report? The reason is kept in the audit log.</source>
        <translation>Бұл туралы неге хабарлаудың қажеті жоқ? Себебі аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>Not a plate</source>
        <translation>Бұл нөмір емес</translation>
    </message>
    <message>
        <source>Plate unreadable</source>
        <translation>Нөмір оқылмайды</translation>
    </message>
    <message>
        <source>Same vehicle already listed</source>
        <translation>Бұл көлік тізімде бұрыннан бар</translation>
    </message>
    <message>
        <source>Service vehicle</source>
        <translation>Қызметтік көлік</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <source>Not sent: this event was already decided. The list shows its state now.</source>
        <translation>Жіберілмеді: бұл оқиға бойынша шешім қабылданып қойған. Тізім оның қазіргі күйін көрсетеді.</translation>
    </message>
    <message>
        <source>Not rejected: this event was already decided.</source>
        <translation>Қабылданбау орындалмады: бұл оқиға бойынша шешім қабылданып қойған.</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <source>Picture</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Сенім.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Corrected by the officer; read as %1</source>
        <translation>Оператор түзеткен; %1 деп танылған</translation>
    </message>
    <message>
        <source>Is the plate in today&apos;s CarGoRuqsat queue (TruckNumbers)? ✓ yes, ✗ no</source>
        <translation>Нөмір бүгінгі CarGoRuqsat кезегінде (TruckNumbers) бар ма? ✓ иә, ✗ жоқ</translation>
    </message>
    <message>
        <source>How sure the recognizer is of its reading</source>
        <translation>Тану жүйесі оқылымына қаншалықты сенімді</translation>
    </message>
    <message>
        <source>Today&apos;s CarGoRuqsat queue is not known yet</source>
        <translation>CarGoRuqsat бүгінгі кезегі әлі белгісіз</translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation>Күн кезегі</translation>
    </message>
    <message>
        <source>In today&apos;s CarGoRuqsat queue</source>
        <translation>CarGoRuqsat бүгінгі кезегінде бар</translation>
    </message>
    <message>
        <source>Not in today&apos;s CarGoRuqsat queue</source>
        <translation>CarGoRuqsat бүгінгі кезегінде жоқ</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation>Шешім қабылдаған: %1</translation>
    </message>
</context>
<context>
    <name>GridPagerWidget</name>
    <message>
        <source>Previous cameras (PgUp, or Ctrl+PgUp anywhere)</source>
        <translation>Алдыңғы камералар (PgUp немесе терезенің кез келген жерінен Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next cameras (PgDn, or Ctrl+PgDn anywhere)</source>
        <translation>Келесі камералар (PgDn немесе терезенің кез келген жерінен Ctrl+PgDn)</translation>
    </message>
    <message>
        <source>Page %1 of %2: cameras %3–%4 of %5</source>
        <translation>%2 беттің %1-і: %5 камераның %3–%4</translation>
    </message>
    <message>
        <source>%1 enlarged</source>
        <translation>Үлкейтілген: %1</translation>
    </message>
    <message>
        <source>Double-click the picture to see all cameras again</source>
        <translation>Барлық камераларды қайта көру үшін суретті екі рет басыңыз</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n hidden camera(s) with a problem: %1</source>
        <translation>
            <numerusform>⚠ Ақауы бар %n камера көрінбейді: %1</numerusform>
            <numerusform>⚠ Ақауы бар %n камера көрінбейді: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>archive</source>
        <translation>мұрағат</translation>
    </message>
    <message>
        <source>data</source>
        <translation>деректер</translation>
    </message>
    <message>
        <source>plate photos</source>
        <translation>нөмір суреттері</translation>
    </message>
    <message>
        <source>database copies</source>
        <translation>дерекқор көшірмелері</translation>
    </message>
    <message>
        <source>logs</source>
        <translation>журналдар</translation>
    </message>
    <message>
        <source>off (no archive)</source>
        <translation>өшірулі (мұрағат жоқ)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>waiting for video</source>
        <translation>бейнені күтуде</translation>
    </message>
    <message>
        <source>NO: %1</source>
        <translation>ЖОҚ: %1</translation>
    </message>
    <message>
        <source>Disk of the %1: %2 free of %3</source>
        <translation>Диск (%1): %3 ішінен %2 бос</translation>
    </message>
    <message>
        <source>below the %1 kept free: the oldest files are deleted</source>
        <translation>%1 қорынан аз: ең ескі файлдар жойылады</translation>
    </message>
    <message>
        <source>The disks have not been checked yet.</source>
        <translation>Дискілер әлі тексерілмеді.</translation>
    </message>
    <message>
        <source>The archive is off: no video is recorded.</source>
        <translation>Мұрағат өшірулі: бейне жазылмайды.</translation>
    </message>
    <message>
        <source>Archive: %1 files, %2, going back %3</source>
        <translation>Мұрағат: %1 файл, %2, тереңдігі %3</translation>
    </message>
    <message>
        <source>The space the retention needs is known once the cameras record.</source>
        <translation>Сақтау мерзіміне қанша орын керегі камералар жаза бастағанда белгілі болады.</translation>
    </message>
    <message>
        <source>at the %1 recorded so far</source>
        <translation>осы уақытқа дейін жазылған %1 бойынша</translation>
    </message>
    <message>
        <source>at the %1 the cameras record now</source>
        <translation>камералар қазір жазатын %1 бойынша</translation>
    </message>
    <message>
        <source>Keeping %1 days needs about %2 (%3); room for the archive: %4.</source>
        <translation>%1 күн сақтау үшін шамамен %2 керек (%3); мұрағатқа орын: %4.</translation>
    </message>
    <message>
        <source>The disk holds the retention.</source>
        <translation>Дискіде сақтау мерзіміне орын жеткілікті.</translation>
    </message>
    <message>
        <source>NOT ENOUGH: about %1 days fit. Add disk space or lower the retention, or the oldest video goes before its time.</source>
        <translation>ЖЕТКІЛІКСІЗ: шамамен %1 күн сыяды. Дискіге орын қосыңыз немесе сақтау мерзімін азайтыңыз, әйтпесе ескі бейне мерзімінен бұрын жойылады.</translation>
    </message>
    <message>
        <source>The live stream is off.</source>
        <translation>Тікелей трансляция өшірулі.</translation>
    </message>
    <message>
        <source>The live stream is NOT running (see the log).</source>
        <translation>Тікелей трансляция ЖҰМЫС ІСТЕМЕЙДІ (журналды қараңыз).</translation>
    </message>
    <message>
        <source>Served at %1; clients watching now: %2</source>
        <translation>Мекенжайы: %1; қазір көріп отырғандар: %2</translation>
    </message>
    <message>
        <source>%1 watches %2 since %3</source>
        <translation>%1 %3 бастап %2 көріп отыр</translation>
    </message>
    <message>
        <source>The archive upload (SFTP) is off.</source>
        <translation>Мұрағатты жүктеу (SFTP) өшірулі.</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Кезек: %1</translation>
    </message>
    <message>
        <source>Queue: empty</source>
        <translation>Кезек бос</translation>
    </message>
    <message>
        <source>The oldest file waits for %1</source>
        <translation>Ең ескі файл %1 бойы күтуде</translation>
    </message>
    <message>
        <source>Put aside after errors: %1 file(s)</source>
        <translation>Қателерден кейін шетке қойылған файлдар: %1</translation>
    </message>
    <message>
        <source>Last problem at %1: %2</source>
        <translation>Соңғы ақау %1: %2</translation>
    </message>
    <message>
        <source>Plate recognition is off.</source>
        <translation>Нөмірлерді тану өшірулі.</translation>
    </message>
    <message>
        <source>Plate recognition runs.</source>
        <translation>Нөмірлерді тану жұмыс істеп тұр.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (restarted by itself)</source>
        <translation>%1 — %2: %3 (өздігінен қайта іске қосылды)</translation>
    </message>
    <message>
        <source>No internal error in the last hour.</source>
        <translation>Соңғы сағатта ішкі қате болған жоқ.</translation>
    </message>
</context>
<context>
    <name>HealthWindow</name>
    <message>
        <source>Health of the console</source>
        <translation>Консольдің күйі</translation>
    </message>
    <message>
        <source>Reading the state of the console…</source>
        <translation>Консоль күйі оқылуда…</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Камералар</translation>
    </message>
    <message>
        <source>Disks and the archive</source>
        <translation>Дискілер және мұрағат</translation>
    </message>
    <message>
        <source>Sending of plate events</source>
        <translation>Нөмір оқиғаларын жіберу</translation>
    </message>
    <message>
        <source>Servers reachable through the VPN</source>
        <translation>VPN арқылы серверлердің қолжетімділігі</translation>
    </message>
    <message>
        <source>Live stream for the remote party (HLS)</source>
        <translation>Қашықтағы тарапқа тікелей трансляция (HLS)</translation>
    </message>
    <message>
        <source>Archive upload (SFTP)</source>
        <translation>Мұрағатты жүктеу (SFTP)</translation>
    </message>
    <message>
        <source>Internal errors and recognition</source>
        <translation>Ішкі қателер және тану</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>fps</source>
        <translation>кадр/с</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Битрейт</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Өткізілді</translation>
    </message>
    <message>
        <source>Why / what to do</source>
        <translation>Себебі / не істеу керек</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Соңғы жауап</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Қолжетімді</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>What failed</source>
        <translation>Не сәтсіз болды</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Толығырақ…</translation>
    </message>
    <message>
        <source>Open the full details of this part</source>
        <translation>Осы бөлімнің толық мәліметін ашу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>The console is not running: nothing to read.</source>
        <translation>Консоль іске қосылмаған: оқитын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Updated at %1 (every 2 s)</source>
        <translation>%1 жаңартылды (әр 2 с)</translation>
    </message>
    <message>
        <source>The camera sends the same picture since %1</source>
        <translation>Камера %1 бастап бір суретті жіберуде</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 кбит/с</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>жеткізілді</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>әлі тексерілмеді</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>ЖОҚ</translation>
    </message>
    <message>
        <source>No server to send to is configured: nothing to check.</source>
        <translation>Жіберетін сервер бапталмаған: тексеретін ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>Read as</source>
        <translation>Танылғаны</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Шешім қабылдаған</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Plate or any part of it</source>
        <translation>Нөмір немесе оның бөлігі</translation>
    </message>
    <message>
        <source>Any part of the plate. 0 and O, 8 and B, 1 and I, Cyrillic and Latin letters match each other.</source>
        <translation>Нөмірдің кез келген бөлігі. 0 мен O, 8 мен B, 1 мен I, кирилл мен латын әріптері бірдей саналады.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Барлық уақыт</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Соңғы 24 сағат</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Соңғы 7 күн</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Соңғы 30 күн</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>… бастап … дейін</translation>
    </message>
    <message>
        <source>From (site time)</source>
        <translation>Бастап (нысан уақыты)</translation>
    </message>
    <message>
        <source>To (site time)</source>
        <translation>Дейін (нысан уақыты)</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>Барлық камералар</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Екі бағыт та</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Толығырақ…</translation>
    </message>
    <message>
        <source>Open the selected event (Enter or a double click)</source>
        <translation>Таңдалған оқиғаны ашу (Enter немесе қос шерту)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV экспорттау…</translation>
    </message>
    <message>
        <source>Every event found (all pages) as a table for a spreadsheet</source>
        <translation>Табылған барлық оқиғалар (барлық беттер) — кесте түрінде</translation>
    </message>
    <message>
        <source>Export photos (ZIP)…</source>
        <translation>Суреттерді экспорттау (ZIP)…</translation>
    </message>
    <message>
        <source>The pictures of every event found, with the table, in one ZIP file</source>
        <translation>Табылған барлық оқиғалардың суреттері мен кестесі — бір ZIP файлында</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Іздеу сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <source>Only letters and digits of a plate are searched.</source>
        <translation>Нөмірдің тек әріптері мен сандары ізделеді.</translation>
    </message>
    <message>
        <source>Shown: %1, newest first; scroll down for older ones.</source>
        <translation>Көрсетілді: %1, жаңалары жоғарыда; ескілерін көру үшін төмен айналдырыңыз.</translation>
    </message>
    <message>
        <source>Found: %1, newest first.</source>
        <translation>Табылды: %1, жаңалары жоғарыда.</translation>
    </message>
    <message>
        <source>Exported to %2 (events: %1)</source>
        <translation>%2 ішіне экспортталды (оқиғалар: %1)</translation>
    </message>
    <message>
        <source>(pictures already deleted: %1)</source>
        <translation>(суреттер бұрын жойылған: %1)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Export photos</source>
        <translation>Суреттерді экспорттау</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP файлдары (*.zip)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Экспортталмады: %1</translation>
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
        <translation>Қашықтағы тарапқа арналған трансляция</translation>
    </message>
    <message>
        <source>Addresses to hand over to the remote party</source>
        <translation>Қашықтағы тарапқа берілетін мекенжайлар</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Address (HLS)</source>
        <translation>Мекенжай (HLS)</translation>
    </message>
    <message>
        <source>Copy all addresses</source>
        <translation>Барлық мекенжайды көшіру</translation>
    </message>
    <message>
        <source>TLS certificate of the console</source>
        <translation>Консольдің TLS сертификаты</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Watching now</source>
        <translation>Қазір көріп отырғандар</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Камералар</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Басталған уақыты</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Соңғы сұрау</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Сұраулар</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Nobody is watching now.</source>
        <translation>Қазір ешкім көріп отырған жоқ.</translation>
    </message>
    <message>
        <source>Allowed client addresses: %1</source>
        <translation>Рұқсат етілген клиент мекенжайлары: %1</translation>
    </message>
    <message>
        <source>Give this fingerprint (SHA-256) to the remote party by another channel, by phone for example: their browser shows the same one for the console&apos;s certificate.</source>
        <translation>Бұл саусақ ізін (SHA-256) қашықтағы тарапқа басқа жолмен, мысалы телефон арқылы беріңіз: олардың браузері консоль сертификаты үшін дәл осындайын көрсетеді.</translation>
    </message>
    <message>
        <source>No certificate: the stream goes unencrypted over plain HTTP ([live] tls = &quot;off&quot;).</source>
        <translation>Сертификат жоқ: ағын шифрлаусыз, қарапайым HTTP арқылы жүреді ([live] tls = &quot;off&quot;).</translation>
    </message>
    <message>
        <source>The live stream is switched off in the configuration ([live] enabled = false).</source>
        <translation>Трансляция конфигурацияда өшірілген ([live] enabled = false).</translation>
    </message>
    <message>
        <source>The live stream server is not running: the log says why.</source>
        <translation>Трансляция сервері жұмыс істемейді: себебі журналда жазылған.</translation>
    </message>
    <message>
        <source>The console serves its cameras at %1 (HTTPS, HTTP/2).</source>
        <translation>Консоль камераларды %1 мекенжайы бойынша таратады (HTTPS, HTTP/2).</translation>
    </message>
    <message>
        <source>The console serves its cameras at %1 (plain HTTP, not encrypted).</source>
        <translation>Консоль камераларды %1 мекенжайы бойынша таратады (қарапайым HTTP, шифрлаусыз).</translation>
    </message>
    <message>
        <source>The addresses carry the access token: give them to the remote party only.</source>
        <translation>Мекенжайларда қолжетімділік токені бар: оларды тек қашықтағы тарапқа беріңіз.</translation>
    </message>
    <message>
        <source>The remote party signs in as “%1” with the password stored in the keyring (live/password).</source>
        <translation>Қашықтағы тарап «%1» атымен құпиясөз қоймасындағы құпиясөзбен кіреді (live/password).</translation>
    </message>
    <message>
        <source>No password is asked: anyone on an allowed address can watch.</source>
        <translation>Құпиясөз сұралмайды: рұқсат етілген мекенжайдағы кез келген адам көре алады.</translation>
    </message>
    <message>
        <source>Copy puts the full address on the clipboard</source>
        <translation>«Көшіру» толық мекенжайды алмасу буферіне салады</translation>
    </message>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>Алмасу буферіне көшірілді: %1</translation>
    </message>
    <message>
        <source>all addresses</source>
        <translation>барлық мекенжай</translation>
    </message>
    <message>
        <source>the certificate fingerprint</source>
        <translation>сертификаттың саусақ ізі</translation>
    </message>
</context>
<context>
    <name>LiveStatus</name>
    <message>
        <source>Live stream for the remote party…</source>
        <translation>Қашықтағы тарапқа арналған трансляция…</translation>
    </message>
    <message>
        <source>The stream addresses to copy, the certificate, who is watching</source>
        <translation>Көшіруге арналған трансляция мекенжайлары, сертификат, кім көріп отыр</translation>
    </message>
    <message>
        <source>Live stream: not running (see the log)</source>
        <translation>Трансляция: жұмыс істемейді (журналды қараңыз)</translation>
    </message>
    <message numerus="yes">
        <source>Live stream: %n watching</source>
        <translation>
            <numerusform>Трансляция: %n көрермен</numerusform>
            <numerusform>Трансляция: %n көрермен</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 watches %2 since %3</source>
        <translation>%1 %3 бастап %2 көріп отыр</translation>
    </message>
    <message>
        <source>Nobody is watching now.</source>
        <translation>Қазір ешкім көріп отырған жоқ.</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <source>Cameras</source>
        <translation>Камералар</translation>
    </message>
    <message>
        <source>Live stream clients (HLS)</source>
        <translation>Трансляция клиенттері (HLS)</translation>
    </message>
    <message>
        <source>API (sending events)</source>
        <translation>API (оқиғаларды жіберу)</translation>
    </message>
    <message>
        <source>SFTP (archive upload)</source>
        <translation>SFTP (мұрағатты жүктеу)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Archive and retention</source>
        <translation>Мұрағат және сақтау</translation>
    </message>
    <message>
        <source>Officer&apos;s decisions</source>
        <translation>Оператор шешімдері</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Консоль</translation>
    </message>
    <message>
        <source>File logs: %1 (a new file every %2 MB, the last %3 files kept)</source>
        <translation>Файл журналдары: %1 (әр %2 МБ сайын жаңа файл, соңғы %3 файл сақталады)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Who or what</source>
        <translation>Кім немесе не</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Connection and transfer log</source>
        <translation>Қосылымдар мен жіберу журналы</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлер</translation>
    </message>
    <message>
        <source>Text: camera, address, file, event…</source>
        <translation>Мәтін: камера, мекенжай, файл, оқиға…</translation>
    </message>
    <message>
        <source>Rows whose subject or details contain this text</source>
        <translation>Осы мәтін бар жолдар</translation>
    </message>
    <message>
        <source>New rows arrived above; click to show them</source>
        <translation>Жоғарыда жаңа жолдар пайда болды; көрсету үшін басыңыз</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Тікелей</translation>
    </message>
    <message>
        <source>Show new rows as they are written</source>
        <translation>Жаңа жолдарды бірден көрсету</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV экспорты…</translation>
    </message>
    <message>
        <source>Every row found (all pages) as a table for a spreadsheet</source>
        <translation>Табылған барлық жолдар (барлық беттер) кесте түрінде</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Журналдар қалтасын ашу</translation>
    </message>
    <message>
        <source>The console&apos;s file logs (technical details for support)</source>
        <translation>Консольдің файл журналдары (қолдау үшін техникалық мәліметтер)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <source>Shown: %1, newest first; scroll down for older ones.</source>
        <translation>Көрсетілді: %1, алдымен жаңалары; ескілері үшін төмен айналдырыңыз.</translation>
    </message>
    <message>
        <source>Found: %1, newest first.</source>
        <translation>Табылды: %1, алдымен жаңалары.</translation>
    </message>
    <message>
        <source>%1 new ↑</source>
        <translation>жаңа: %1 ↑</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV экспорты</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Экспортталмады: %1</translation>
    </message>
    <message>
        <source>Exported to %2 (rows: %1)</source>
        <translation>%2 файлына экспортталды (жолдар: %1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CarGoRuqsat Console — %1</source>
        <translation>CarGoRuqsat консолі — %1</translation>
    </message>
    <message>
        <source>Detected plates</source>
        <translation>Танылған нөмірлер</translation>
    </message>
    <message>
        <source>No cameras are configured. Add them in the configuration file, or start the demo: cgrconsole --demo</source>
        <translation>Камералар бапталмаған. Оларды конфигурация файлына қосыңыз немесе демоны іске қосыңыз: cgrconsole --demo</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Орналасу</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <source>Show the cameras in a %1 grid</source>
        <translation>Камераларды %1 торымен көрсету</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>&amp;Консоль</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Толық экран</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Бағдарлама туралы</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Нөмірлер</translation>
    </message>
    <message>
        <source>Show or hide the list of detected plates (F9)</source>
        <translation>Танылған нөмірлер тізімін көрсету не жасыру (F9)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Тарих…</translation>
    </message>
    <message>
        <source>Search every stored event by plate, time, camera (Ctrl+F)</source>
        <translation>Сақталған барлық оқиғаларды іздеу: нөмір, уақыт, камера (Ctrl+F)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <source>Cameras and the site&apos;s settings (administrator only)</source>
        <translation>Камералар мен бекет баптаулары (тек әкімші)</translation>
    </message>
    <message>
        <source>Check with ĐBVN now</source>
        <translation>ĐBVN-мен қазір салыстыру</translation>
    </message>
    <message>
        <source>Ask the Vietnamese server which sent images it lacks, and send those again</source>
        <translation>Вьетнам серверінен жіберілген суреттердің қайсысы жоқ екенін сұрап, оларды қайта жіберу</translation>
    </message>
    <message>
        <source>Run self-test…</source>
        <translation>Өзін-өзі тексеруді іске қосу…</translation>
    </message>
    <message>
        <source>Check recognition, archive, database, live stream, secrets, player and disk on this PC</source>
        <translation>Осы компьютерде тануды, мұрағатты, дерекқорды, трансляцияны, құпиялар қоймасын, ойнатқыш пен дискіні тексеру</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Checking with ĐBVN…</source>
        <translation>ĐBVN-мен салыстырылуда…</translation>
    </message>
    <message>
        <source>ĐBVN check failed; see the log</source>
        <translation>ĐBVN-мен салыстыру сәтсіз аяқталды; журналды қараңыз</translation>
    </message>
    <message>
        <source>ĐBVN has %1 of our recent images; %2 missing were queued again</source>
        <translation>ĐBVN-де біздің соңғы %1 суретіміз бар; жетіспейтін %2 сурет қайта кезекке қойылды</translation>
    </message>
    <message>
        <source>Starting: opening the database and finishing recordings interrupted by the last stop…</source>
        <translation>Іске қосылуда: дерекқор ашылып, өткен тоқтау кезінде үзілген жазбалар аяқталуда…</translation>
    </message>
    <message>
        <source>The console cannot start</source>
        <translation>Консоль іске қосыла алмайды</translation>
    </message>
    <message>
        <source>The console could not start: %1

The log has the details: %2</source>
        <translation>Консоль іске қосылмады: %1

Толығырақ журналда: %2</translation>
    </message>
    <message>
        <source>The history opens once the console has started.</source>
        <translation>Тарих консоль іске қосылғанда ашылады.</translation>
    </message>
    <message>
        <source>Settings need the console started from a configuration file.</source>
        <translation>Баптаулар консоль конфигурация файлымен іске қосылғанда қолжетімді.</translation>
    </message>
    <message>
        <source>Cameras: %1</source>
        <translation>Камералар: %1</translation>
    </message>
    <message>
        <source>CarGoRuqsat Console %1</source>
        <translation>CarGoRuqsat консолі %1</translation>
    </message>
    <message>
        <source>Quit the console?</source>
        <translation>Консольден шығу керек пе?</translation>
    </message>
    <message>
        <source>Recording stops on %1 camera(s) and no plates are read until the console runs again.</source>
        <translation>Камераларда (%1) жазу тоқтайды және консоль қайта іске қосылғанша нөмірлер танылмайды.</translation>
    </message>
    <message>
        <source>Quit and stop recording</source>
        <translation>Шығу және жазуды тоқтату</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Жұмысты жалғастыру</translation>
    </message>
    <message>
        <source>Connection log…</source>
        <translation>Қосылымдар журналы…</translation>
    </message>
    <message>
        <source>Cameras, live stream clients, sending, uploads, admin (Ctrl+L)</source>
        <translation>Камералар, трансляция клиенттері, жіберу, жүктеу, әкімші (Ctrl+L)</translation>
    </message>
    <message>
        <source>The log opens once the console has started.</source>
        <translation>Журнал консоль іске қосылғанда ашылады.</translation>
    </message>
    <message>
        <source>Add a missed vehicle…</source>
        <translation>Өткізіп алынған көлікті қосу…</translation>
    </message>
    <message>
        <source>Freeze a camera&apos;s picture and type the plate the recognizer missed (Insert, Ctrl+N)</source>
        <translation>Камера кадрын қатырып, тану өткізіп алған нөмірді енгізу (Insert, Ctrl+N)</translation>
    </message>
    <message>
        <source>A vehicle can be added once a camera is running.</source>
        <translation>Көлікті камера жұмыс істеп тұрғанда қосуға болады.</translation>
    </message>
    <message>
        <source>Officer on shift</source>
        <translation>Ауысымдағы оператор</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Health…</source>
        <translation>Күйі…</translation>
    </message>
    <message>
        <source>Cameras, disks, sending, servers, live stream and upload on one page (Ctrl+H)</source>
        <translation>Камералар, дискілер, жіберу, серверлер, трансляция және жүктеу бір бетте (Ctrl+H)</translation>
    </message>
    <message>
        <source>Click: each camera&apos;s state, fps, bitrate and recording (Ctrl+H)</source>
        <translation>Шерту: әр камераның күйі, кадр/с, битрейті және жазуы (Ctrl+H)</translation>
    </message>
    <message>
        <source>Click: the disks, and the space the retention needs</source>
        <translation>Шерту: дискілер және сақтау мерзіміне қажет орын</translation>
    </message>
    <message>
        <source>none (the demo)</source>
        <translation>жоқ (демо)</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Конфигурация: %1</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Деректер: %1</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Мұрағат: %1</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Журналдар: %1</translation>
    </message>
    <message>
        <source>Administrator mode ended: the settings need the password again.</source>
        <translation>Әкімші режимі аяқталды: баптаулар үшін құпиясөз қайта қажет.</translation>
    </message>
</context>
<context>
    <name>MissedVehicleDialog</name>
    <message>
        <source>No known plate format fits %1. Check every character; if the plate really reads so, press Add again.</source>
        <translation>%1 ешбір белгілі нөмір форматына сәйкес келмейді. Әр таңбаны тексеріңіз; нөмір шынымен солай болса, «Қосу» түймесін тағы басыңыз.</translation>
    </message>
    <message>
        <source>Add a missed vehicle</source>
        <translation>Өткізіп алынған көлікті қосу</translation>
    </message>
    <message>
        <source>Take the picture again</source>
        <translation>Кадрды қайта түсіру</translation>
    </message>
    <message>
        <source>Freeze the camera&apos;s current picture again</source>
        <translation>Камераның ағымдағы кадрын қайта қатыру</translation>
    </message>
    <message>
        <source>Plate as written on the vehicle</source>
        <translation>Көлікте жазылғандай нөмір</translation>
    </message>
    <message>
        <source>Add and send</source>
        <translation>Қосу және жіберу</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Камера:</translation>
    </message>
    <message>
        <source>Plate:</source>
        <translation>Нөмір:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Бағыт:</translation>
    </message>
    <message>
        <source>No picture from this camera now: choose another camera.</source>
        <translation>Қазір бұл камерадан кадр жоқ: басқа камераны таңдаңыз.</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Бәрібір қосу</translation>
    </message>
    <message>
        <source>There is no picture to add the vehicle with</source>
        <translation>Көлікті қосатын кадр жоқ</translation>
    </message>
    <message>
        <source>Type the plate first</source>
        <translation>Алдымен нөмірді енгізіңіз</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <source>The vehicle was not added: %1</source>
        <translation>Көлік қосылмады: %1</translation>
    </message>
</context>
<context>
    <name>OfficerNameDialog</name>
    <message>
        <source>Officer on shift</source>
        <translation>Ауысымдағы оператор</translation>
    </message>
    <message>
        <source>Every decision is recorded under the name of the officer on shift. Type your name to go on; the console remembers it until the next officer takes over.</source>
        <translation>Әр шешім ауысымдағы оператордың атымен жазылады. Жалғастыру үшін атыңызды енгізіңіз; консоль оны келесі оператор ауысымды қабылдағанша есте сақтайды.</translation>
    </message>
    <message>
        <source>Decisions from now on are recorded under this name. The change of shift is kept in the audit log.</source>
        <translation>Осы сәттен бастап шешімдер осы атпен жазылады. Ауысым алмасуы аудит журналында сақталады.</translation>
    </message>
    <message>
        <source>Name and surname</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Start shift</source>
        <translation>Ауысымды бастау</translation>
    </message>
    <message>
        <source>End shift</source>
        <translation>Ауысымды аяқтау</translation>
    </message>
    <message>
        <source>Leave the console: the next decision asks the next officer&apos;s name</source>
        <translation>Консольден кету: келесі шешімде консоль келесі оператордың атын сұрайды</translation>
    </message>
    <message>
        <source>On shift now: %1</source>
        <translation>Қазір ауысымда: %1</translation>
    </message>
    <message>
        <source>Type a name: a decision cannot be recorded without one.</source>
        <translation>Атыңызды енгізіңіз: онсыз шешім жазылмайды.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Any time</source>
        <translation>Кез келген уақыт</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Соңғы сағат</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Соңғы 24 сағат</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Соңғы 7 күн</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>… бастап … дейін</translation>
    </message>
    <message>
        <source>From (site time)</source>
        <translation>Бастап (нысан уақыты)</translation>
    </message>
    <message>
        <source>To (site time)</source>
        <translation>Дейін (нысан уақыты)</translation>
    </message>
</context>
<context>
    <name>PlateCorrectionDialog</name>
    <message>
        <source>Correct the plate</source>
        <translation>Нөмірді түзету</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>%1 деп танылды</translation>
    </message>
    <message>
        <source>Other readings (click to use):</source>
        <translation>Басқа нұсқалар (таңдау үшін басыңыз):</translation>
    </message>
    <message>
        <source>Send a plate of no known format?</source>
        <translation>Белгісіз форматтағы нөмірді жіберу керек пе?</translation>
    </message>
    <message>
        <source>%1 fits no known plate format. Send it exactly as typed?</source>
        <translation>%1 белгілі нөмір форматтарының ешқайсысына сәйкес келмейді. Дәл терілгендей жіберу керек пе?</translation>
    </message>
    <message>
        <source>Check every character against the picture first.</source>
        <translation>Алдымен әр таңбаны суретпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Send %1 as typed</source>
        <translation>%1 терілгендей жіберу</translation>
    </message>
    <message>
        <source>Back to the plate</source>
        <translation>Нөмірге оралу</translation>
    </message>
    <message>
        <source>%1: no such letter on plates. Switch the keyboard to Latin (EN) and type the plate again.</source>
        <translation>%1: нөмірлерде мұндай әріп жоқ. Пернетақтаны латын тіліне (EN) ауыстырып, нөмірді қайта теріңіз.</translation>
    </message>
    <message>
        <source>Type the plate as it is written on the vehicle.</source>
        <translation>Нөмірді көлікте жазылғандай теріңіз.</translation>
    </message>
    <message>
        <source>Send anyway…</source>
        <translation>Бәрібір жіберу…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>✓ %1 — %2</source>
        <translation>✓ %1 — %2</translation>
    </message>
    <message>
        <source>No known plate format fits %1. Check every character; if the plate really reads so, you may still send it.</source>
        <translation>%1 белгілі нөмір форматтарының ешқайсысына сәйкес келмейді. Әр таңбаны тексеріңіз; нөмір шынымен осындай болса, оны бәрібір жіберуге болады.</translation>
    </message>
</context>
<context>
    <name>PlateCountry</name>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Ресей</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Қырғызстан</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Өзбекстан</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Қытай</translation>
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
        <translation>Қазақстан, 2012 жылдан, жеке: 123 ABC | 01</translation>
    </message>
    <message>
        <source>Kazakhstan since 2012, legal entity: 123 AB | 01</source>
        <translation>Қазақстан, 2012 жылдан, заңды тұлға: 123 AB | 01</translation>
    </message>
    <message>
        <source>Kazakhstan 1993, private: region letter, 3 digits, 3 letters (A 123 BCD)</source>
        <translation>Қазақстан, 1993 үлгісі, жеке: өңір әрпі, 3 цифр, 3 әріп (A 123 BCD)</translation>
    </message>
    <message>
        <source>Kazakhstan 1993, legal entity: region letter, 3 digits, 2 letters (A 001 AA)</source>
        <translation>Қазақстан, 1993 үлгісі, заңды тұлға: өңір әрпі, 3 цифр, 2 әріп (A 001 AA)</translation>
    </message>
    <message>
        <source>Russia, private, two-digit region: A 123 BC | 77</source>
        <translation>Ресей, жеке, екі таңбалы өңір: A 123 BC | 77</translation>
    </message>
    <message>
        <source>Russia, private, three-digit region: A 123 BC | 777</source>
        <translation>Ресей, жеке, үш таңбалы өңір: A 123 BC | 777</translation>
    </message>
    <message>
        <source>Kyrgyzstan since 2016, private: 01 | 123 ABC</source>
        <translation>Қырғызстан, 2016 жылдан, жеке: 01 | 123 ABC</translation>
    </message>
    <message>
        <source>Kyrgyzstan since 2016, legal entity: 01 | 123 AB</source>
        <translation>Қырғызстан, 2016 жылдан, заңды тұлға: 01 | 123 AB</translation>
    </message>
    <message>
        <source>Uzbekistan since 2008, private: 01 | A 123 BC</source>
        <translation>Өзбекстан, 2008 жылдан, жеке: 01 | A 123 BC</translation>
    </message>
    <message>
        <source>Uzbekistan since 2008, government or legal entity: 01 | 123 ABC</source>
        <translation>Өзбекстан, 2008 жылдан, мемлекеттік немесе заңды тұлға: 01 | 123 ABC</translation>
    </message>
    <message>
        <source>China, Latin part only: city letter and 5 serial characters (the province&apos;s Chinese character is left out)</source>
        <translation>Қытай, тек латын бөлігі: қала әрпі және сериялық 5 таңба (провинцияның иероглифі енгізілмейді)</translation>
    </message>
    <message>
        <source>Vietnam, province, series and 5 digits: 30E-005.55</source>
        <translation>Вьетнам: провинция, серия және 5 цифр: 30E-005.55</translation>
    </message>
    <message>
        <source>Vietnam, older: province, series and 4 digits: 51F-1234</source>
        <translation>Вьетнам, ескі үлгі: провинция, серия және 4 цифр: 51F-1234</translation>
    </message>
</context>
<context>
    <name>Reachability</name>
    <message>
        <source>DNS failed: the name is unknown. Check the VPN tunnel and its DNS server, or put the server&apos;s address in the configuration.</source>
        <translation>DNS қатесі: атау белгісіз. VPN туннелін және оның DNS серверін тексеріңіз немесе сервер мекенжайын конфигурацияға жазыңыз.</translation>
    </message>
    <message>
        <source>DNS failed: the DNS server does not answer. Check the VPN tunnel.</source>
        <translation>DNS қатесі: DNS сервері жауап бермейді. VPN туннелін тексеріңіз.</translation>
    </message>
    <message>
        <source>TCP failed: the connection to %1 was refused (nothing listens there, or a firewall refuses). Check the address and the port.</source>
        <translation>TCP қатесі: %1 қосылымы қабылданбады (онда ештеңе тыңдамайды немесе желіаралық қалқан бас тартады). Мекенжай мен портты тексеріңіз.</translation>
    </message>
    <message>
        <source>TCP failed: no answer from %1. Check that the VPN tunnel is up and routes to this address.</source>
        <translation>TCP қатесі: %1 жауап бермейді. VPN туннелі жұмыс істеп, осы мекенжайға апаратынын тексеріңіз.</translation>
    </message>
    <message>
        <source>TCP failed: no route to %1. The VPN tunnel is probably down.</source>
        <translation>TCP қатесі: %1 дейін маршрут жоқ. VPN туннелі жұмыс істемей тұрған болуы мүмкін.</translation>
    </message>
    <message>
        <source>TLS failed: the server&apos;s certificate is not trusted. Check the VPN route (someone else may answer) or the configured CA file (ca_bundle).</source>
        <translation>TLS қатесі: сервер сертификатына сенім жоқ. VPN маршрутын (басқа біреу жауап беруі мүмкін) немесе көрсетілген CA файлын (ca_bundle) тексеріңіз.</translation>
    </message>
    <message>
        <source>TLS failed: the server at %1 does not answer with TLS. Check the port.</source>
        <translation>TLS қатесі: %1 сервері TLS арқылы жауап бермейді. Портты тексеріңіз.</translation>
    </message>
    <message>
        <source>TLS failed: the server at %1 accepts the connection but does not answer.</source>
        <translation>TLS қатесі: %1 сервері қосылымды қабылдайды, бірақ жауап бермейді.</translation>
    </message>
    <message>
        <source>SSH failed: the server at %1 does not answer as an SSH server. Check the port.</source>
        <translation>SSH қатесі: %1 сервері SSH сервері ретінде жауап бермейді. Портты тексеріңіз.</translation>
    </message>
    <message>
        <source>SSH failed: the server at %1 accepts the connection but does not answer.</source>
        <translation>SSH қатесі: %1 сервері қосылымды қабылдайды, бірақ жауап бермейді.</translation>
    </message>
    <message>
        <source>The %2 step failed (see the log).</source>
        <translation>%2 қадамы өтпеді (журналды қараңыз).</translation>
    </message>
    <message>
        <source>%1 (%2): not checked yet</source>
        <translation>%1 (%2): әлі тексерілмеген</translation>
    </message>
    <message>
        <source>%1 (%2) is reachable since %3: %4 passed in %5 ms</source>
        <translation>%1 (%2) %3 бастап қолжетімді: %4 %5 мс ішінде өтті</translation>
    </message>
    <message>
        <source>%1 (%2) is NOT reachable since %3.</source>
        <translation>%1 (%2) %3 бастап ҚОЛЖЕТІМСІЗ.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Other (type the reason)…</source>
        <translation>Басқа (себебін жазыңыз)…</translation>
    </message>
    <message>
        <source>Type the reason here</source>
        <translation>Себебін осында жазыңыз</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows тіркелгі деректерінің реттегіші</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS кілттер бумасы</translation>
    </message>
    <message>
        <source>the system keyring (Secret Service: GNOME Keyring or KeePassXC)</source>
        <translation>жүйелік құпиясөз қоймасы (Secret Service: GNOME Keyring немесе KeePassXC)</translation>
    </message>
    <message>
        <source>the system keyring (KWallet)</source>
        <translation>жүйелік құпиясөз қоймасы (KWallet)</translation>
    </message>
    <message>
        <source>the console&apos;s own encrypted file (this PC has no system keyring)</source>
        <translation>консольдің өз шифрланған файлы (бұл компьютерде жүйелік құпиясөз қоймасы жоқ)</translation>
    </message>
    <message>
        <source>memory only (demo): nothing is kept</source>
        <translation>тек жадта (демо): ештеңе сақталмайды</translation>
    </message>
    <message>
        <source>the store named by PYTHON_KEYRING_BACKEND (%1)</source>
        <translation>PYTHON_KEYRING_BACKEND көрсеткен қойма (%1)</translation>
    </message>
    <message>
        <source>Where passwords and tokens are kept: %1.</source>
        <translation>Құпиясөздер мен токендер сақталатын орын: %1.</translation>
    </message>
    <message>
        <source>The file %1 is encrypted with the key in %2. This protects a copy of the data folder or of that file alone. It does not protect against anyone who can read this user&apos;s files (the same user, an administrator, a stolen disk without disk encryption). Install and unlock GNOME Keyring or KWallet, or encrypt the disk.</source>
        <translation>%1 файлы %2 ішіндегі кілтпен шифрланған. Бұл деректер қалтасының немесе тек осы файлдың көшірмесін қорғайды. Бұл пайдаланушының файлдарын оқи алатын адамнан (сол пайдаланушы, әкімші, шифрланбаған ұрланған диск) қорғамайды. GNOME Keyring немесе KWallet орнатып, құлпын ашыңыз немесе дискіні шифрлаңыз.</translation>
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
        <translation>Нөмірлерді тану</translation>
    </message>
    <message>
        <source>Archive (H.264 MP4)</source>
        <translation>Мұрағат (H.264 MP4)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <source>Live stream (HLS)</source>
        <translation>Тікелей трансляция (HLS)</translation>
    </message>
    <message>
        <source>Secret store</source>
        <translation>Құпиялар қоймасы</translation>
    </message>
    <message>
        <source>Archive player (libvlc)</source>
        <translation>Мұрағат ойнатқышы (libvlc)</translation>
    </message>
    <message>
        <source>Disk for the archive</source>
        <translation>Мұрағатқа арналған диск</translation>
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
        <translation>Қалыпты</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Ақау</translation>
    </message>
    <message>
        <source>Reinstall the console: a part of it is missing or damaged.</source>
        <translation>Консольді қайта орнатыңыз: оның бір бөлігі жоқ немесе зақымдалған.</translation>
    </message>
    <message>
        <source>Create the configuration file (start the console once, or copy the template).</source>
        <translation>Конфигурация файлын жасаңыз (консольді бір рет іске қосыңыз немесе үлгіні көшіріңіз).</translation>
    </message>
    <message>
        <source>Fix the configuration: `cgrconsole config-check` names every wrong key.</source>
        <translation>Конфигурацияны түзетіңіз: `cgrconsole config-check` әрбір қате кілтті атайды.</translation>
    </message>
    <message>
        <source>Add the checkpoint&apos;s cameras to the configuration.</source>
        <translation>Өткізу пунктінің камераларын конфигурацияға қосыңыз.</translation>
    </message>
    <message>
        <source>Connect or mount the archive disk, or correct paths.archive_dir.</source>
        <translation>Мұрағат дискісін қосыңыз немесе тіркеңіз, не paths.archive_dir мәнін түзетіңіз.</translation>
    </message>
    <message>
        <source>Give the console&apos;s user the right to write to the archive folder.</source>
        <translation>Консоль пайдаланушысына мұрағат қалтасына жазу құқығын беріңіз.</translation>
    </message>
    <message>
        <source>Give the console&apos;s user the right to write to the data folder.</source>
        <translation>Консоль пайдаланушысына деректер қалтасына жазу құқығын беріңіз.</translation>
    </message>
    <message>
        <source>Allow local connections (127.0.0.1) in the firewall or security software.</source>
        <translation>Желіаралық экранда немесе қорғау бағдарламасында жергілікті қосылыстарға (127.0.0.1) рұқсат етіңіз.</translation>
    </message>
    <message>
        <source>Secrets are kept in the console&apos;s own file: install and unlock GNOME Keyring or KWallet to keep them in the system&apos;s store.</source>
        <translation>Құпиялар консольдің өз файлында сақталады: оларды жүйелік қоймада сақтау үшін GNOME Keyring немесе KWallet орнатып, құлпын ашыңыз.</translation>
    </message>
    <message>
        <source>Install and unlock a keyring (Linux: GNOME Keyring; Windows: Credential Manager).</source>
        <translation>Құпиясөз қоймасын орнатып, құлпын ашыңыз (Linux: GNOME Keyring; Windows: тіркелгі деректерінің диспетчері).</translation>
    </message>
    <message>
        <source>Install VLC (Debian/Ubuntu: apt install libvlc5 vlc-plugin-base; Windows: the 64-bit VLC). Without it archive video opens in the system&apos;s player.</source>
        <translation>VLC орнатыңыз (Debian/Ubuntu: apt install libvlc5 vlc-plugin-base; Windows: 64 биттік VLC). Онсыз мұрағат бейнесі жүйелік ойнатқышта ашылады.</translation>
    </message>
    <message>
        <source>This disk cannot hold the archive: use a larger disk, fewer cameras or days, or a lower archive bitrate.</source>
        <translation>Бұл дискіге мұрағат сыймайды: үлкенірек диск алыңыз, камералар не күндер санын немесе мұрағат битрейтін азайтыңыз.</translation>
    </message>
    <message>
        <source>Free space on this disk: the archive will reach it before it holds all its days (unless the archive already fills most of the disk).</source>
        <translation>Бұл дискіде орын босатыңыз: мұрағат барлық сақтау күндерін жинамай тұрып дискіні толтырады (егер мұрағат дискінің көп бөлігін әлдеқашан алып тұрмаса).</translation>
    </message>
    <message>
        <source>Check the camera&apos;s address, cable and power, and its password (cgrconsole secret set camera/NAME).</source>
        <translation>Камераның мекенжайын, кабелін, қуатын және құпиясөзін тексеріңіз (cgrconsole secret set camera/АТЫ).</translation>
    </message>
    <message>
        <source>Check the network and VPN, and the server&apos;s address in the configuration.</source>
        <translation>Желі мен VPN-ді, сондай-ақ конфигурациядағы сервер мекенжайын тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <source>Self-test of this console</source>
        <translation>Консольдің өзін-өзі тексеруі</translation>
    </message>
    <message>
        <source>Also check that the cameras and servers answer</source>
        <translation>Камералар мен серверлердің жауап беретінін де тексеру</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Не анықталды</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Copy the result as text (English), for a support request</source>
        <translation>Нәтижені мәтін ретінде (ағылшынша) қолдау қызметіне жолдау үшін көшіру</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>Checking: %1…</source>
        <translation>Тексерілуде: %1…</translation>
    </message>
    <message>
        <source>The self-test could not run; the log says why.</source>
        <translation>Өзін-өзі тексеру орындалмады; себебі журналда.</translation>
    </message>
    <message>
        <source>Something does not work: see the lines marked Failure (%1 s).</source>
        <translation>Бір нәрсе жұмыс істемейді: «Ақау» деп белгіленген жолдарды қараңыз (%1 с).</translation>
    </message>
    <message>
        <source>The console works; see the warnings (%1 s).</source>
        <translation>Консоль жұмыс істейді; ескертулерді қараңыз (%1 с).</translation>
    </message>
    <message>
        <source>Everything works (%1 s).</source>
        <translation>Барлығы жұмыс істейді (%1 с).</translation>
    </message>
</context>
<context>
    <name>SelfTestFact</name>
    <message>
        <source>the running console&apos;s configuration</source>
        <translation>жұмыс істеп тұрған консольдің конфигурациясы</translation>
    </message>
    <message>
        <source>%1 does not exist: defaults used</source>
        <translation>%1 жоқ: әдепкі мәндер қолданылды</translation>
    </message>
    <message>
        <source>%1: %2 camera(s), %3 enabled</source>
        <translation>%1: камера — %2, қосулы — %3</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (және тағы %2)</translation>
    </message>
    <message>
        <source>the test image is missing: %1</source>
        <translation>сынақ суреті жоқ: %1</translation>
    </message>
    <message>
        <source>%1 read %2 (%3) from %4</source>
        <translation>%1 %4 суретінен %2 (%3) оқыды</translation>
    </message>
    <message>
        <source>%1 read nothing from %2</source>
        <translation>%1 %2 суретінен ештеңе оқымады</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>%1 ішінде: %2</translation>
    </message>
    <message>
        <source>SQLite %1, WAL, migrated to version %2 (%3 tables)</source>
        <translation>SQLite %1, WAL, %2 нұсқасына жаңартылды (кесте: %3)</translation>
    </message>
    <message>
        <source>the data folder %1 does not exist, tested in %2</source>
        <translation>%1 деректер қалтасы жоқ, %2 ішінде тексерілді</translation>
    </message>
    <message>
        <source>no store: %1</source>
        <translation>қойма жоқ: %1</translation>
    </message>
    <message>
        <source>%1 refused (%2); is it unlocked?</source>
        <translation>%1 бас тартты (%2); құлпы ашық па?</translation>
    </message>
    <message>
        <source>%1: a test secret did not read back as stored</source>
        <translation>%1: сынақ құпиясы сақталғандай оқылмады</translation>
    </message>
    <message>
        <source>%1: stored, read back and deleted a test secret</source>
        <translation>%1: сынақ құпиясы сақталды, оқылды және жойылды</translation>
    </message>
    <message>
        <source>the file %1, its key %2: no protection from this user&apos;s files</source>
        <translation>%1 файлы, оның кілті %2: бұл пайдаланушының файлдарынан қорғалмаған</translation>
    </message>
    <message>
        <source>libvlc cannot be used: %1</source>
        <translation>libvlc қолжетімсіз: %1</translation>
    </message>
    <message>
        <source>libvlc %1 bundled with the console: %2</source>
        <translation>консольмен бірге келген libvlc %1: %2</translation>
    </message>
    <message>
        <source>libvlc %1, installed VLC: %2</source>
        <translation>libvlc %1, орнатылған VLC: %2</translation>
    </message>
    <message>
        <source>libvlc %1, system libvlc: %2</source>
        <translation>libvlc %1, жүйелік libvlc: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 camera(s) x %2 kbit/s x %3 days = %4 + %5 kept free; %6: %7 free of %8</source>
        <translation>камера: %1 × %2 кбит/с × %3 күн = %4 + %5 бос қалады; %6: %8 ішінен %7 бос</translation>
    </message>
    <message>
        <source>the archive folder does not exist: %1</source>
        <translation>мұрағат қалтасы жоқ: %1</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>%1 ішіне жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>the recorder wrote nothing playable</source>
        <translation>жазу ойнатылатын файл бермеді</translation>
    </message>
    <message>
        <source>writing in %1 failed: %2</source>
        <translation>%1 ішіне жазу сәтсіз: %2</translation>
    </message>
    <message>
        <source>%1 KiB %2 %3 MP4 in %4, %5 of %6 frames decoded by PyAV %7</source>
        <translation>%4 ішінде %1 КиБ %2 %3 MP4, PyAV %7 %6 кадрдың %5 декодтады</translation>
    </message>
    <message>
        <source>the server did not start: %1</source>
        <translation>сервер іске қосылмады: %1</translation>
    </message>
    <message>
        <source>%1: index %2, media playlist %3 (%4 parts)</source>
        <translation>%1: index.m3u8 — %2, media.m3u8 — %3 (бөлік: %4)</translation>
    </message>
    <message>
        <source>the server did not stop in %1 s</source>
        <translation>сервер %1 с ішінде тоқтамады</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <source>opened in %1 s: %2 %3</source>
        <translation>%1 с ішінде ашылды: %2 %3</translation>
    </message>
    <message>
        <source>opened in %1 s: %2 %3 %4 fps</source>
        <translation>%1 с ішінде ашылды: %2 %3 %4 кадр/с</translation>
    </message>
    <message>
        <source>the live stream needs H.264</source>
        <translation>трансляцияға H.264 қажет</translation>
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
        <translation>уақыт белдеуі (мұрағаттың сағаттық қалталары және оқиғалар уақыты)</translation>
    </message>
    <message>
        <source>Archive upload switched on or off (which files wait for the upload)</source>
        <translation>мұрағатты жүктеуді қосу не өшіру (қай файлдар жүктеуді күтеді)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Бекет</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Қалталар</translation>
    </message>
    <message>
        <source>Archive and retention</source>
        <translation>Мұрағат және сақтау</translation>
    </message>
    <message>
        <source>Plate recognition</source>
        <translation>Нөмірлерді тану</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>Тікелей трансляция</translation>
    </message>
    <message>
        <source>Archive upload (SFTP)</source>
        <translation>Мұрағатты жүктеу (SFTP)</translation>
    </message>
    <message>
        <source>Camera connection</source>
        <translation>Камераларды қосу</translation>
    </message>
    <message>
        <source>Reachability checks</source>
        <translation>Қолжетімділікті тексеру</translation>
    </message>
</context>
<context>
    <name>ShiftWidget</name>
    <message>
        <source>Change…</source>
        <translation>Ауыстыру…</translation>
    </message>
    <message>
        <source>Another officer takes over, or the shift ends</source>
        <translation>Ауысымды басқа оператор қабылдайды немесе ауысым аяқталады</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <source>Decisions are recorded under this name</source>
        <translation>Шешімдер осы атпен жазылады</translation>
    </message>
    <message>
        <source>Officer: not set</source>
        <translation>Оператор: көрсетілмеген</translation>
    </message>
    <message>
        <source>The first decision asks for the officer&apos;s name</source>
        <translation>Алғашқы шешімде консоль оператордың атын сұрайды</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The console is already running on this computer (process %1, started %2).</source>
        <translation>Консоль осы компьютерде іске қосылып тұр (%1 процесі, %2 бастап).</translation>
    </message>
    <message>
        <source>Its window has been brought to the front.</source>
        <translation>Оның терезесі алдыңғы жоспарға шығарылды.</translation>
    </message>
    <message>
        <source>Use that window, or close it before starting the console again. A console started without a window (a service) is stopped by the administrator.</source>
        <translation>Сол терезеде жұмыс істеңіз немесе консольді қайта іске қоспас бұрын оны жабыңыз. Терезесіз (қызмет ретінде) іске қосылған консольді әкімші тоқтатады.</translation>
    </message>
    <message>
        <source>Already running</source>
        <translation>Іске қосылып тұр</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <source>Archive upload to the SFTP server</source>
        <translation>Мұрағатты SFTP серверіне жіберу</translation>
    </message>
    <message>
        <source>The server&apos;s key</source>
        <translation>Сервер кілті</translation>
    </message>
    <message>
        <source>Copy the key shown</source>
        <translation>Көрсетілген кілтті көшіру</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>Қазір жіберілуде</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Жылдамдық</translation>
    </message>
    <message>
        <source>Nothing is being sent now.</source>
        <translation>Қазір ештеңе жіберілмейді.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Жіберуді күтуде</translation>
    </message>
    <message>
        <source>Files that need someone to act</source>
        <translation>Араласуды қажет ететін файлдар</translation>
    </message>
    <message>
        <source>What happened and what to do</source>
        <translation>Не болды және не істеу керек</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Келесі әрекет</translation>
    </message>
    <message>
        <source>Archive upload to %1: %2</source>
        <translation>Мұрағатты %1 серверіне жіберу: %2</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Келесі әрекет: %1.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>Confirmed key (sftp.host_key): %1</source>
        <translation>Расталған кілт (sftp.host_key): %1</translation>
    </message>
    <message>
        <source>The server shows: %1 (%2)</source>
        <translation>Сервер көрсетеді: %1 (%2)</translation>
    </message>
    <message>
        <source>The server shows the confirmed key.</source>
        <translation>Сервер расталған кілтті көрсетеді.</translation>
    </message>
    <message>
        <source>Not connected yet.</source>
        <translation>Әлі қосылған жоқ.</translation>
    </message>
    <message>
        <source>Continued at %1</source>
        <translation>%1 орнынан жалғастырылды</translation>
    </message>
    <message>
        <source>%1 file(s), %2 in all</source>
        <translation>Файлдар: %1, барлығы %2</translation>
    </message>
    <message>
        <source>Nothing waits.</source>
        <translation>Кезек бос.</translation>
    </message>
    <message>
        <source>The oldest was recorded at %1 (waits %2)</source>
        <translation>Ең ескісі %1 жазылған (%2 күтуде)</translation>
    </message>
    <message>
        <source>All sent in about %1 at the current speed</source>
        <translation>Ағымдағы жылдамдықпен бәрі шамамен %1 ішінде жіберіледі</translation>
    </message>
    <message>
        <source>Time to send it all: unknown until a file has been sent</source>
        <translation>Бәрін жіберу уақыты: бір файл жіберілмейінше белгісіз</translation>
    </message>
    <message>
        <source>Sent since the console started: %1 file(s), %2</source>
        <translation>Консоль іске қосылғаннан бері жіберілді: %1 файл, %2</translation>
    </message>
    <message>
        <source>Last error at %1: %2</source>
        <translation>Соңғы қате (%1): %2</translation>
    </message>
    <message>
        <source>No error since the console started.</source>
        <translation>Консоль іске қосылғаннан бері қате болған жоқ.</translation>
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
        <translation>%1 сағ %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 тәу %2 сағ</translation>
    </message>
    <message>
        <source>The archive server cannot be reached. Check the VPN tunnel and the network; the console tries again by itself.</source>
        <translation>Мұрағат серверіне қосылу мүмкін емес. VPN туннелін және желіні тексеріңіз; консоль өзі қайта әрекет етеді.</translation>
    </message>
    <message>
        <source>The archive server stopped answering. Check the VPN tunnel; the console tries again by itself.</source>
        <translation>Мұрағат сервері жауап беруді тоқтатты. VPN туннелін тексеріңіз; консоль өзі қайта әрекет етеді.</translation>
    </message>
    <message>
        <source>The connection to the archive server broke; the file continues where it stopped.</source>
        <translation>Мұрағат серверімен байланыс үзілді; файл тоқтаған жерінен жалғасады.</translation>
    </message>
    <message>
        <source>No SFTP password is stored. The administrator stores it with: cgrconsole secret set sftp/password</source>
        <translation>SFTP құпиясөзі сақталмаған. Әкімші оны мына пәрменмен сақтайды: cgrconsole secret set sftp/password</translation>
    </message>
    <message>
        <source>The SFTP key file is protected by a passphrase that is not stored. The administrator stores it with: cgrconsole secret set sftp/password</source>
        <translation>SFTP кілт файлы сақталмаған құпия сөйлеммен қорғалған. Әкімші оны мына пәрменмен сақтайды: cgrconsole secret set sftp/password</translation>
    </message>
    <message>
        <source>The archive server refused the login. The administrator checks the SFTP user and password (cgrconsole secret set sftp/password); the console tries again by itself.</source>
        <translation>Мұрағат сервері кіруге рұқсат бермеді. Әкімші SFTP пайдаланушысы мен құпиясөзін тексереді (cgrconsole secret set sftp/password); консоль өзі қайта әрекет етеді.</translation>
    </message>
    <message>
        <source>Nothing is sent until the administrator confirms the server&apos;s key: compare the key below with the server&apos;s admin by phone, then put it in sftp.host_key.</source>
        <translation>Әкімші сервер кілтін растамайынша ештеңе жіберілмейді: төмендегі кілтті сервер әкімшісімен телефон арқылы салыстырып, оны sftp.host_key ішіне жазыңыз.</translation>
    </message>
    <message>
        <source>The archive server shows another key than the confirmed one: nothing is sent. Call the server&apos;s admin. If the server was not re-installed, someone may be intercepting the connection.</source>
        <translation>Мұрағат сервері расталған кілттен басқа кілт көрсетеді: ештеңе жіберілмейді. Сервер әкімшісіне қоңырау шалыңыз. Егер сервер қайта орнатылмаған болса, байланысты біреу ұстап тұруы мүмкін.</translation>
    </message>
    <message>
        <source>The archive server could not write the file: its disk or the account&apos;s quota is probably full. Tell the server&apos;s admin; the console tries again by itself.</source>
        <translation>Мұрағат сервері файлды жаза алмады: оның дискісі немесе есептік жазба квотасы толған болуы мүмкін. Сервер әкімшісіне хабарлаңыз; консоль өзі қайта әрекет етеді.</translation>
    </message>
    <message>
        <source>The copy on the server differed from the local file; it is sent again.</source>
        <translation>Сервердегі көшірме жергілікті файлдан өзгеше болды; ол қайта жіберіледі.</translation>
    </message>
    <message>
        <source>The SFTP account may not write into this folder on the server. The server&apos;s admin gives it write access (or the administrator corrects sftp.remote_root); the file is tried again within the hour, the others continue.</source>
        <translation>SFTP есептік жазбасына сервердегі бұл қалтаға жазуға рұқсат жоқ. Сервер әкімшісі оған жазу құқығын береді (немесе консоль әкімшісі sftp.remote_root мәнін түзетеді); файл бір сағат ішінде қайта жіберіледі, қалғандары жалғасады.</translation>
    </message>
    <message>
        <source>The file was deleted from the local disk before it could be sent; nothing can be done.</source>
        <translation>Файл жіберілмей тұрып жергілікті дисктен жойылды; ештеңе істеу мүмкін емес.</translation>
    </message>
    <message>
        <source>The upload failed; the console tries again by itself. See the log.</source>
        <translation>Жіберу сәтсіз болды; консоль өзі қайта әрекет етеді. Журналды қараңыз.</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>іске қосылуда</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>дайын</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>жіберілуде</translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>серверді күтуде</translation>
    </message>
    <message>
        <source>login refused</source>
        <translation>кіру қабылданбады</translation>
    </message>
    <message>
        <source>the server&apos;s key is not confirmed</source>
        <translation>сервер кілті расталмаған</translation>
    </message>
    <message>
        <source>THE SERVER&apos;S KEY CHANGED</source>
        <translation>СЕРВЕР КІЛТІ ӨЗГЕРДІ</translation>
    </message>
    <message>
        <source>nothing waits</source>
        <translation>кезек бос</translation>
    </message>
    <message>
        <source>%1 file(s) waiting, %2</source>
        <translation>кезекте %1 файл, %2</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>бәрі жіберілді</translation>
    </message>
    <message>
        <source>SFTP: %1</source>
        <translation>SFTP: %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>кезекте %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>қате: %1</translation>
    </message>
    <message>
        <source>each file checked by SHA-256 on the server</source>
        <translation>әр файл серверде SHA-256 бойынша тексерілді</translation>
    </message>
    <message>
        <source>each file checked by its size and its last megabyte read back</source>
        <translation>әр файл өлшемі және соңғы мегабайтын кері оқу арқылы тексерілді</translation>
    </message>
    <message>
        <source>The archive server shows another key (%1): nothing is sent. Call the server&apos;s admin: if the server was not re-installed, someone may be intercepting the connection.</source>
        <translation>Мұрағат сервері басқа кілт көрсетеді (%1): ештеңе жіберілмейді. Сервер әкімшісіне қоңырау шалыңыз: егер сервер қайта орнатылмаған болса, байланысты біреу ұстап тұруы мүмкін.</translation>
    </message>
    <message>
        <source>The archive is not leaving this PC: the oldest file has waited %1 (%2). Restore the connection to the archive server.</source>
        <translation>Мұрағат бұл компьютерден кетпей жатыр: ең ескі файл %1 күтуде (%2). Мұрағат серверімен байланысты қалпына келтіріңіз.</translation>
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
        <translation>Мұрағатты жіберу (SFTP)…</translation>
    </message>
    <message>
        <source>What is being sent to the archive server, what waits, what failed</source>
        <translation>Мұрағат серверіне не жіберілуде, не күтуде, не сәтсіз болды</translation>
    </message>
    <message>
        <source>Server: %1:%2</source>
        <translation>Сервер: %1:%2</translation>
    </message>
    <message>
        <source>It shows another key: %1</source>
        <translation>Ол басқа кілт көрсетеді: %1</translation>
    </message>
    <message>
        <source>Click for the details</source>
        <translation>Толығырақ көру үшін басыңыз</translation>
    </message>
</context>
<context>
    <name>WorkerStatus</name>
    <message>
        <source>Recording of %1</source>
        <translation>%1 камерасының жазбасы</translation>
    </message>
    <message>
        <source>Camera %1</source>
        <translation>%1 камерасы</translation>
    </message>
    <message>
        <source>Plate recognition</source>
        <translation>Нөмірлерді тану</translation>
    </message>
    <message>
        <source>Archive and data maintenance</source>
        <translation>Мұрағат пен деректерге қызмет көрсету</translation>
    </message>
    <message>
        <source>Sending events</source>
        <translation>Оқиғаларды жіберу</translation>
    </message>
    <message>
        <source>Internal error in %1 at %2. Tell the administrator (see the log)</source>
        <translation>Ішкі қате: %1, %2 кезінде. Әкімшіге хабарлаңыз (журналды қараңыз)</translation>
    </message>
    <message>
        <source>Internal error in %1 at %2: restarted by itself. Tell the administrator (see the log)</source>
        <translation>Ішкі қате: %1, %2 кезінде; өздігінен қайта іске қосылды. Әкімшіге хабарлаңыз (журналды қараңыз)</translation>
    </message>
    <message>
        <source>Plate recognition: loading the model…</source>
        <translation>Нөмірлерді тану: модель жүктелуде…</translation>
    </message>
    <message>
        <source>Plate recognition is OFF: its model could not be loaded. Call the administrator (see the log)</source>
        <translation>Нөмірлерді тану СӨНДІРУЛІ: модель жүктелмеді. Әкімшіні шақырыңыз (журналды қараңыз)</translation>
    </message>
</context>
</TS>
