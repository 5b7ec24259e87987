<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
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
        <source>Archive disk almost full: %n file(s) deleted before upload to keep recording. Free space on the disk.</source>
        <translation>Мұрағат дискісі толуға жақын: жазуды тоқтатпау үшін жіберілмеген %n файл жойылды. Дискіде орын босатыңыз.</translation>
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
        <source>Archive: %1 days, %2 GB, %3 GB free</source>
        <translation>Мұрағат: %1 күн, %2 ГБ, бос %3 ГБ</translation>
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
        <source>Picture frozen for %n s</source>
        <translation>
            <numerusform>Сурет %n с бойы жаңармайды</numerusform>
            <numerusform>Сурет %n с бойы жаңармайды</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fps · %2×%3 · %4 kbit/s</source>
        <translation>%1 кадр/с · %2×%3 · %4 кбит/с</translation>
    </message>
    <message>
        <source>REC</source>
        <translation>ЖАЗУ</translation>
    </message>
    <message>
        <source>NOT RECORDING: %1</source>
        <translation>ЖАЗЫЛМАЙДЫ: %1</translation>
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
        <source>Type the right plate, then send it (F2)</source>
        <translation>Дұрыс нөмірді теріп, жіберу (F2)</translation>
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
        <source>Delivery…</source>
        <translation>Жөнелту…</translation>
    </message>
    <message>
        <source>Where this event was sent and what the servers said</source>
        <translation>Оқиға қайда жіберілді және серверлер не деп жауап берді</translation>
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
        <source>Queue</source>
        <translation>Кезек</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>%1 деп танылды</translation>
    </message>
    <message>
        <source>Today&apos;s CarGoRuqsat queue is not known yet</source>
        <translation>CarGoRuqsat бүгінгі кезегі әлі белгісіз</translation>
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
        <source>Check with ĐBVN now</source>
        <translation>ĐBVN-мен қазір салыстыру</translation>
    </message>
    <message>
        <source>Ask the Vietnamese server which sent images it lacks, and send those again</source>
        <translation>Вьетнам серверінен жіберілген суреттердің қайсысы жоқ екенін сұрап, оларды қайта жіберу</translation>
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
        <source>Cameras: %1</source>
        <translation>Камералар: %1</translation>
    </message>
    <message>
        <source>CarGoRuqsat Console %1</source>
        <translation>CarGoRuqsat консолі %1</translation>
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
        <source>Type the plate as it is written on the vehicle.</source>
        <translation>Нөмірді көлікте жазылғандай теріңіз.</translation>
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
    <message>
        <source>Send anyway</source>
        <translation>Бәрібір жіберу</translation>
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
