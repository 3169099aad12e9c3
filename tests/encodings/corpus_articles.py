"""The invented articles of the multi-encoding corpus, one dict a case (corpus_generate.py).

Every text here was written for this corpus. A case names its encoding, the template that lays
it out, an HTTP ``content_type`` or ``meta`` charset when it declares one, and its chrome (nav,
share row, related links, footer) in the page's language.
"""

from __future__ import annotations

from typing import Any

RU_CHROME = {
    "nav": ["Главная", "Политика", "Экономика", "Общество", "Спорт", "Культура"],
    "share": ["Поделиться", "ВКонтакте", "Одноклассники", "Telegram"],
}

CASES: list[dict[str, Any]] = [
    {
        "id": "ru-cp1251-wordpress", "lang": "ru", "encoding": "cp1251",
        "template": "wordpress", "site": "Вечерняя Казань", **RU_CHROME,
        "headline": "В Казани открыли движение по новому мосту через Казанку",
        "byline": "Ирина Сафина", "datetime": "2026-11-18T09:30:00+03:00",
        "date_text": "18 ноября 2026, 09:30",
        "paragraphs": [
            "КАЗАНЬ, 18 ноября — Движение по новому мосту через реку Казанку открыли в среду "
            "утром, сообщили в пресс-службе мэрии.",
            "Мост длиной 760 метров соединил Ново-Савиновский район с историческим центром. "
            "По словам мэра, строительство заняло «почти три года» и обошлось городскому "
            "бюджету в 11,4 млрд рублей.",
            "Первые автомобили проехали по мосту в 6:00. Пробки на соседних переправах, по "
            "данным городского ситуационного центра, к вечеру уменьшились на 20–25%.",
            "Жители прибрежных домов жалуются на шум: стройка шла и по ночам. В мэрии обещают "
            "до весны установить шумозащитные экраны вдоль всей эстакады.",
            "Пешеходные дорожки на мосту откроют позже — после приёмки освещения и "
            "велосипедной разметки, ориентировочно в декабре.",
        ],
        "related": ("Читайте также", ["Трамвай №5 изменит маршрут с понедельника",
                                      "В Казани начали чистить Кабан"]),
        "footer": "© 2026 «Вечерняя Казань». Все права защищены. 16+",
    },
    {
        "id": "ru-koi8r-drupal", "lang": "ru", "encoding": "koi8-r",
        "template": "drupal", "site": "Новосибирские ведомости", **RU_CHROME,
        "headline": "Снегопад парализовал движение на Бердском шоссе",
        "byline": "Алексей Гончаренко", "datetime": "2026-11-20T07:45:00+07:00",
        "date_text": "20.11.2026 07:45",
        "paragraphs": [
            "НОВОСИБИРСК, 20 ноября - Сильный снегопад, начавшийся в четверг вечером, "
            "парализовал движение на Бердском шоссе и нескольких улицах Советского района.",
            "За ночь в городе выпало до 18 сантиметров снега, сообщили синоптики. Это почти "
            "половина месячной нормы.",
            "На уборку улиц вышли 420 единиц техники. В мэрии попросили водителей без "
            "необходимости не выезжать на личных автомобилях и пересесть на метро.",
            "Из-за гололеда утром произошло больше шестидесяти мелких аварий. Пострадавших, по "
            "данным ГИБДД, нет.",
            "Снегопад продлится до субботы, затем ожидается похолодание до минус 25 градусов.",
        ],
        "related": ("Другие новости", ["Метро продлит работу в новогоднюю ночь",
                                       "В Академгородке открыли новый каток"]),
        "footer": "(c) 2026 Новосибирские ведомости. Перепечатка только с согласия редакции.",
    },
    {
        "id": "ru-utf8-nextjs", "lang": "ru", "encoding": "utf-8",
        "template": "nextjs", "site": "Уральский вестник", **RU_CHROME,
        "headline": "Екатеринбургский зоопарк переедет за город к 2030 году",
        "byline": "Мария Кузнецова", "datetime": "2026-11-19T12:10:00+05:00",
        "date_text": "19 ноября 2026",
        "paragraphs": [
            "ЕКАТЕРИНБУРГ, 19 ноября — Городской зоопарк переедет на новую площадку в "
            "Березовском районе, сообщил директор учреждения на пресс-конференции в среду.",
            "Нынешняя территория в центре города занимает всего 2,7 гектара. Новая будет "
            "почти в двадцать раз больше: вольеры для крупных животных построят на склоне у "
            "лесного озера.",
            "«Наши тигры и белые медведи наконец получат пространство, которого заслуживают», "
            "— сказал директор. Проект оценивают в 9 млрд рублей.",
            "Что будет со старой площадкой, пока не решено. Горожане собирают подписи за то, "
            "чтобы на её месте разбили сквер.",
        ],
        "related": ("Главное за день", ["На Плотинке пройдёт фестиваль света",
                                        "Цены на проезд вырастут с января"]),
        "footer": "© 2026 Уральский вестник. 18+",
    },
    {
        "id": "ja-shiftjis-wordpress", "lang": "ja", "encoding": "shift_jis",
        "template": "wordpress", "site": "北海道みらい新聞",
        "nav": ["トップ", "社会", "経済", "政治", "スポーツ", "暮らし"],
        "share": ["シェア", "ツイート", "LINEで送る", "はてなブックマーク"],
        "headline": "旭川で平年より六日早い初雪　市内の路線バスに遅れ",
        "byline": "社会部　佐藤健一", "datetime": "2026-10-24T08:15:00+09:00",
        "date_text": "2026年10月24日 8時15分",
        "paragraphs": [
            "【旭川】旭川地方気象台は２４日朝、旭川市で初雪を観測したと発表した。平年より六日、"
            "昨年より九日早い観測となった。",
            "市内では午前六時ごろから雪が降り始め、郊外の住宅地では一時、うっすらと積もった。"
            "路線バスの一部に最大で二十分ほどの遅れが出た。",
            "気象台によると、上空に強い寒気が流れ込んだ影響で、道北を中心に二十五日にかけて"
            "雪が続く見込み。峠道では路面の凍結に注意が必要だという。",
            "市中心部の買物公園通りでは、傘を差して足早に歩く通勤客の姿が見られた。"
            "市内に住む会社員の女性は「もう冬タイヤに替えないと」と話していた。",
        ],
        "related": ("関連記事", ["大雪山系で紅葉が見頃", "旭山動物園、冬期営業の日程を発表"]),
        "footer": "Copyright (C) 北海道みらい新聞社 All rights reserved. "
                  "記事・写真の無断転載を禁じます。",
    },
    {
        "id": "ja-eucjp-drupal", "lang": "ja", "encoding": "euc-jp",
        "template": "drupal", "site": "信州日日ニュース",
        "nav": ["ホーム", "県内", "経済", "文化", "スポーツ", "おくやみ"],
        "share": ["共有する", "Xでポスト", "Facebook"],
        "headline": "しなの鉄道に新駅「篠ノ井南」が開業　通勤客ら千人が利用",
        "byline": "長野支社　山本美咲", "datetime": "2026-11-01T18:00:00+09:00",
        "date_text": "2026年11月1日",
        "paragraphs": [
            "長野市篠ノ井地区で１日、しなの鉄道の新駅「篠ノ井南駅」が開業した。"
            "始発列車には鉄道ファンや地元住民ら約百人が乗り込んだ。",
            "新駅は住宅地と工業団地の間に位置し、駅舎は地元産のカラマツ材を使った平屋建て。"
            "総事業費は約十八億円で、市と県、鉄道会社が分担した。",
            "同社によると、開業初日の利用者は約千人。朝の通勤時間帯には上下線とも一時間に"
            "四本の列車が停車する。",
            "駅前では記念式典が開かれ、地元の小学生が太鼓を披露した。市長は「地域の新しい"
            "玄関口として育てていきたい」とあいさつした。",
        ],
        "related": ("あわせて読みたい", ["善光寺で秋の特別公開始まる", "リンゴの収穫ピーク"]),
        "footer": "© 信州日日ニュース　掲載記事の無断転載を禁じます",
    },
    {
        "id": "ko-euckr-wordpress", "lang": "ko", "encoding": "euc-kr",
        "template": "wordpress", "site": "부산일보통신",
        "nav": ["홈", "정치", "경제", "사회", "문화", "스포츠"],
        "share": ["공유하기", "카카오톡", "페이스북", "링크 복사"],
        "headline": "부산 도시철도 양산선, 내년 봄 개통 확정",
        "byline": "김민준 기자", "datetime": "2026-11-12T10:20:00+09:00",
        "date_text": "2026.11.12 10:20",
        "paragraphs": [
            "[부산=김민준 기자] 부산과 경남 양산을 잇는 도시철도 양산선이 내년 3월 개통한다고 "
            "부산시가 12일 밝혔다.",
            "양산선은 노포역에서 양산 북정역까지 11.4킬로미터 구간으로, 정거장 7곳이 들어선다. "
            "총사업비는 약 6천억 원이다.",
            "시는 이달 말부터 시운전에 들어가 안전 점검을 마친 뒤 정확한 개통일을 발표할 "
            "예정이다.",
            "양산 지역 주민들은 출퇴근 시간이 30분 이상 줄어들 것으로 기대하고 있다. "
            "한 주민은 \"버스를 두 번 갈아타던 길이 한 번에 연결된다\"며 반겼다.",
        ],
        "related": ("많이 본 뉴스", ["해운대 빛축제 다음 달 개막", "부산 전통시장 매출 증가"]),
        "footer": "Copyright (C) 부산일보통신. 무단 전재 및 재배포 금지.",
    },
    {
        "id": "zh-gb2312-nextjs", "lang": "zh-CN", "encoding": "gb2312",
        "template": "nextjs", "site": "江南晚报",
        "nav": ["首页", "国内", "财经", "社会", "体育", "文化"],
        "share": ["分享到：", "微信", "微博", "QQ空间"],
        "headline": "杭州地铁十二号线全线贯通 明年夏天载客运营",
        "byline": "记者 王晓明", "datetime": "2026-11-15T09:00:00+08:00",
        "date_text": "2026年11月15日 09:00",
        "paragraphs": [
            "本报杭州11月15日电 杭州地铁十二号线最后一段隧道于昨天上午顺利贯通，"
            "标志着这条线路全线进入轨道铺设阶段。",
            "十二号线全长约四十公里，共设车站二十六座，连接城北的居住区和城南的高新技术园区。"
            "预计明年夏天开通载客运营。",
            "项目负责人介绍，施工过程中遇到了复杂的地下水条件，团队采用了新的盾构工艺，"
            "比原计划提前两个月完成。",
            "沿线居民对此充满期待。一位在园区上班的市民说：“以后上班只要半个小时，"
            "再也不用每天挤公交了。”",
        ],
        "related": ("相关新闻", ["西湖景区周末限流", "杭州新增三条公交夜线"]),
        "footer": "版权所有 (C) 2026 江南晚报 未经授权禁止转载",
    },
    {
        "id": "zh-big5-drupal", "lang": "zh-TW", "encoding": "big5",
        "template": "drupal", "site": "中台灣日報",
        "nav": ["首頁", "政治", "財經", "社會", "生活", "運動"],
        "share": ["分享", "LINE", "臉書", "複製連結"],
        "headline": "台中綠川整治完工 夜間燈光秀吸引人潮",
        "byline": "記者陳怡君／台中報導", "datetime": "2026-11-08T20:30:00+08:00",
        "date_text": "2026/11/08 20:30",
        "paragraphs": [
            "〔記者陳怡君／台中報導〕台中市綠川第二期整治工程日前完工，"
            "市府八日晚間在河岸舉辦點燈儀式，吸引大批民眾前往參觀。",
            "這次整治範圍從中山路延伸到復興路，總長約一點二公里，"
            "除了改善水質，也新增步道、座椅與親水平台。",
            "市府表示，工程總經費約新台幣三億元，河道內已重新種植水草，"
            "未來將定期監測水質，讓魚類與鳥類回到市中心。",
            "燈光秀每晚七點至十點演出，每次十五分鐘，將持續到明年元宵節。",
        ],
        "related": ("延伸閱讀", ["台中捷運藍線動工", "秋季花海展登場"]),
        "footer": "中台灣日報 版權所有 (C) 2026 本網站內容未經同意不得轉載",
    },
    {
        "id": "el-iso88597-wordpress", "lang": "el", "encoding": "iso-8859-7",
        "template": "wordpress", "site": "Κρητικά Νέα",
        "nav": ["Αρχική", "Πολιτική", "Οικονομία", "Κοινωνία", "Αθλητισμός", "Πολιτισμός"],
        "share": ["Κοινοποίηση", "Facebook", "Twitter", "Email"],
        "headline": "Άγιος Νικόλαος: Ξεκινούν τα έργα στο λιμάνι της πόλης",
        "byline": "Γιώργος Παπαδάκης", "datetime": "2026-11-10T11:00:00+02:00",
        "date_text": "10 Νοεμβρίου 2026",
        "paragraphs": [
            "ΑΓΙΟΣ ΝΙΚΟΛΑΟΣ, 10 Νοεμβρίου - Ξεκινούν τη Δευτέρα τα έργα ανάπλασης στο λιμάνι "
            "του Αγίου Νικολάου, όπως ανακοίνωσε ο δήμος.",
            "Το έργο προϋπολογισμού 4,2 εκατ. ευρώ περιλαμβάνει νέο κυματοθραύστη, "
            "πεζόδρομο κατά μήκος της προβλήτας και θέσεις για σκάφη αναψυχής.",
            "«Άμεση προτεραιότητα είναι η ασφάλεια των αλιέων», δήλωσε ο δήμαρχος. "
            "Όπως είπε, τα έργα θα ολοκληρωθούν πριν από την τουριστική περίοδο του 2028.",
            "Κατά τη διάρκεια των εργασιών η κυκλοφορία στην παραλιακή οδό θα γίνεται "
            "εναλλάξ, ενώ τα αλιευτικά θα δένουν προσωρινά στη μικρή μαρίνα.",
        ],
        "related": ("Διαβάστε ακόμη", ["Ηράκλειο: Νέα γραμμή λεωφορείου",
                                       "Χανιά: Έκθεση για την ελιά"]),
        "footer": "© 2026 Κρητικά Νέα. Με επιφύλαξη παντός δικαιώματος.",
    },
    {
        "id": "pl-cp1250-drupal", "lang": "pl", "encoding": "cp1250",
        "template": "drupal", "site": "Dziennik Bałtycki24",
        "nav": ["Strona główna", "Wiadomości", "Biznes", "Sport", "Kultura", "Pogoda"],
        "share": ["Udostępnij", "Facebook", "X", "Kopiuj link"],
        "headline": "Gdańsk: nowa linia tramwajowa na Morenę ruszy w grudniu",
        "byline": "Katarzyna Wiśniewska", "datetime": "2026-11-16T14:05:00+01:00",
        "date_text": "16 listopada 2026, 14:05",
        "paragraphs": [
            "GDAŃSK, 16 listopada – Pierwsze tramwaje pojadą nową trasą na Morenę jeszcze przed "
            "świętami, zapowiedział w poniedziałek zarząd miejskiego przewoźnika.",
            "Linia o długości 3,6 km połączy Piecki-Migowo z węzłem przy Operze Bałtyckiej. "
            "Na trasie powstało siedem przystanków i dwa parkingi „Parkuj i jedź”.",
            "Budowa kosztowała 412 mln zł, z czego ponad połowę pokryły fundusze unijne. "
            "Prace opóźniły się o pół roku z powodu kolizji z siecią ciepłowniczą.",
            "Mieszkańcy Moreny od lat czekali na szybkie połączenie z centrum. "
            "„Wreszcie nie będę stać w korkach na Słowackiego” – mówi pani Bożena, "
            "która codziennie dojeżdża do pracy we Wrzeszczu.",
        ],
        "related": ("Czytaj także", ["Zmiany w rozkładzie SKM od soboty",
                                     "Jarmark świąteczny otwarty"]),
        "footer": "© 2026 Dziennik Bałtycki24. Wszelkie prawa zastrzeżone.",
    },
    {
        "id": "fr-cp1252-wordpress", "lang": "fr", "encoding": "cp1252",
        "template": "wordpress", "site": "Le Progrès du Rhône",
        "nav": ["Accueil", "Actualité", "Économie", "Société", "Sports", "Culture"],
        "share": ["Partager", "Facebook", "X", "WhatsApp", "E-mail"],
        "headline": "Lyon : le ticket de métro passera à 2,20 € au 1er janvier",
        "byline": "Par Élodie Marchand", "datetime": "2026-11-21T06:30:00+01:00",
        "date_text": "Publié le 21 novembre 2026 à 06h30",
        "paragraphs": [
            "LYON, 21 novembre — Le prix du ticket à l’unité sur le réseau TCL augmentera de "
            "20 centimes au 1er janvier, a annoncé jeudi l’autorité organisatrice des transports.",
            "Le ticket passera ainsi de 2,00 € à 2,20 €, tandis que l’abonnement mensuel restera "
            "fixé à 74,90 €. « Nous avons fait le choix de protéger les abonnés », a déclaré "
            "la présidente de l’autorité.",
            "Les associations d’usagers dénoncent une hausse « injuste » pour les voyageurs "
            "occasionnels. Selon elles, près d’un trajet sur trois est payé avec un ticket "
            "à l’unité.",
            "La hausse doit rapporter environ 9 millions d’euros par an, qui financeront "
            "l’achat de nouvelles rames pour la ligne B et le prolongement du tramway T6.",
        ],
        "related": ("À lire aussi", ["Fête des Lumières : le programme dévoilé",
                                     "Travaux sur le périphérique nord"]),
        "footer": "© Le Progrès du Rhône 2026 – Tous droits réservés – Mentions légales",
    },
    {
        "id": "tr-cp1254-nextjs", "lang": "tr", "encoding": "cp1254",
        "template": "nextjs", "site": "Ege Haber Ajansı",
        "nav": ["Ana Sayfa", "Gündem", "Ekonomi", "Dünya", "Spor", "Yaşam"],
        "share": ["Paylaş", "WhatsApp", "Facebook", "X"],
        "headline": "İzmir'de yeni vapur hattı: Karşıyaka-Konak arası 18 dakikaya iniyor",
        "byline": "Ayşe Yılmaz", "datetime": "2026-11-14T16:40:00+03:00",
        "date_text": "14 Kasım 2026 16:40",
        "paragraphs": [
            "İZMİR (EHA) - İzmir Büyükşehir Belediyesi, Karşıyaka ile Konak arasında "
            "aktarmasız çalışacak yeni hızlı vapur hattını pazartesi günü hizmete açıyor.",
            "Yeni gemiler sayesinde iki iskele arasındaki yolculuk süresi 25 dakikadan "
            "18 dakikaya düşecek. Seferler sabah 06.30'dan gece yarısına kadar yarım saatte "
            "bir yapılacak.",
            "Belediye yetkilileri, hattın günde ortalama 12 bin yolcu taşımasını beklediklerini "
            "söyledi. Öğrenciler ve 65 yaş üstü yolcular için indirimli tarife uygulanacak.",
            "Körfezde deniz ulaşımının payını artırmayı hedefleyen belediye, gelecek yıl "
            "Bostanlı ve Göztepe iskelelerini de yenilemeyi planlıyor.",
        ],
        "related": ("İlgili Haberler", ["Kordon'da bisiklet yolu genişliyor",
                                        "Metro seferleri uzatıldı"]),
        "footer": "© 2026 Ege Haber Ajansı. Tüm hakları saklıdır.",
    },
    {
        "id": "he-cp1255-wordpress", "lang": "he", "encoding": "cp1255",
        "template": "wordpress", "site": "חדשות המפרץ",
        "nav": ["ראשי", "חדשות", "כלכלה", "ספורט", "תרבות", "צרכנות"],
        "share": ["שתפו", "וואטסאפ", "פייסבוק", "העתקת קישור"],
        "headline": "חיפה: הרכבל לאוניברסיטה יפעל גם בשבתות",
        "byline": "מאת נועה לוי", "datetime": "2026-11-11T13:15:00+02:00",
        "date_text": "11 בנובמבר 2026",
        "paragraphs": [
            "חיפה - עיריית חיפה הודיעה היום כי הרכבל העירוני, המחבר בין מפרץ חיפה "
            "לאוניברסיטה, יפעל החל מהחודש הבא גם בסופי שבוע.",
            "לפי ההודעה, הרכבל יפעל בשבתות בין השעות 10:00 ל-18:00, בתדירות של קרון "
            "כל שתי דקות. הנסיעה תהיה בתשלום רגיל באמצעות כרטיס הנסיעה העירוני.",
            "ראש העירייה אמר כי \"מדובר בצעד חשוב עבור הסטודנטים והתושבים שאין להם רכב\". "
            "בעירייה מעריכים כי אלפי נוסעים ייהנו מהשירות מדי שבוע.",
            "ההחלטה התקבלה לאחר פיילוט של שלושה חודשים, שבמהלכו נרשמה עלייה של 40 אחוז "
            "במספר הנוסעים בימי שישי.",
        ],
        "related": ("עוד בנושא", ["נפתח מסלול אופניים חדש בכרמל", "שיפוץ טיילת בת גלים"]),
        "footer": "כל הזכויות שמורות © 2026 חדשות המפרץ",
    },
    {
        "id": "ar-cp1256-drupal", "lang": "ar", "encoding": "cp1256",
        "template": "drupal", "site": "صحيفة الوادي",
        "nav": ["الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "منوعات"],
        "share": ["شارك", "فيسبوك", "واتساب", "تويتر"],
        "headline": "افتتاح محطة جديدة لتحلية المياه جنوب العقبة",
        "byline": "كتب: أحمد الخطيب", "datetime": "2026-11-09T10:00:00+03:00",
        "date_text": "9 نوفمبر 2026",
        "paragraphs": [
            "العقبة - افتتحت وزارة المياه صباح اليوم محطة جديدة لتحلية مياه البحر جنوب "
            "مدينة العقبة، بطاقة إنتاجية تبلغ 30 ألف متر مكعب يوميا.",
            "وقال وزير المياه في كلمة خلال حفل الافتتاح إن المحطة ستغطي احتياجات أكثر من "
            "مئة ألف نسمة، وستخفف الضغط على الآبار الجوفية في المنطقة.",
            "وبلغت كلفة المشروع نحو 85 مليون دينار، وتم تنفيذه خلال ثلاث سنوات بالشراكة مع "
            "القطاع الخاص.",
            "وأكد مدير المحطة أن العمل سيبدأ قريبا على مرحلة ثانية، ترفع الطاقة الإنتاجية "
            "إلى الضعف بحلول عام 2029.",
        ],
        "related": ("أخبار ذات صلة", ["تمديد ساعات عمل الميناء", "مهرجان العقبة للتمور"]),
        "footer": "جميع الحقوق محفوظة © 2026 صحيفة الوادي",
    },
    {
        "id": "th-cp874-wordpress", "lang": "th", "encoding": "cp874",
        "template": "wordpress", "site": "เชียงใหม่นิวส์",
        "nav": ["หน้าแรก", "ข่าวท้องถิ่น", "เศรษฐกิจ", "กีฬา", "บันเทิง", "ท่องเที่ยว"],
        "share": ["แชร์", "เฟซบุ๊ก", "ไลน์", "คัดลอกลิงก์"],
        "headline": "เชียงใหม่เตรียมจัดงานมหกรรมไม้ดอกไม้ประดับ ต้นปีหน้า",
        "byline": "ผู้สื่อข่าว สมชาย ใจดี", "datetime": "2026-11-17T09:45:00+07:00",
        "date_text": "17 พฤศจิกายน 2569",
        "paragraphs": [
            "เชียงใหม่ - เทศบาลนครเชียงใหม่แถลงวันนี้ว่า จะจัดงานมหกรรมไม้ดอกไม้ประดับ "
            "ครั้งที่ 50 ในช่วงต้นเดือนกุมภาพันธ์ปีหน้า",
            "งานปีนี้จะมีขบวนรถบุปผชาติกว่า 30 คัน และการประกวดสวนหย่อมจากชุมชนต่าง ๆ "
            "ทั่วจังหวัด โดยคาดว่าจะมีนักท่องเที่ยวเข้าร่วมกว่าหนึ่งแสนคน",
            "นายกเทศมนตรีกล่าวว่า ปีนี้จะเน้นการใช้ดอกไม้จากเกษตรกรในพื้นที่ "
            "เพื่อกระจายรายได้สู่ชุมชน",
            "ผู้ที่สนใจส่งรถบุปผชาติเข้าประกวดสามารถสมัครได้ที่สำนักงานเทศบาล "
            "ภายในวันที่ 15 ธันวาคมนี้",
        ],
        "related": ("ข่าวที่เกี่ยวข้อง", ["ดอยสุเทพหนาวจัด", "ถนนคนเดินวันอาทิตย์ขยายเวลา"]),
        "footer": "สงวนลิขสิทธิ์ (C) 2569 เชียงใหม่นิวส์",
    },
    {
        "id": "de-cp1252-http", "lang": "de", "encoding": "cp1252",
        "content_type": "text/html; charset=windows-1252",
        "template": "drupal", "site": "Badische Rundschau",
        "nav": ["Startseite", "Politik", "Wirtschaft", "Region", "Sport", "Kultur"],
        "share": ["Teilen", "Facebook", "WhatsApp", "E-Mail"],
        "headline": "Freiburg baut Radschnellweg nach Emmendingen aus",
        "byline": "Von Jürgen Weißmann", "datetime": "2026-11-13T17:20:00+01:00",
        "date_text": "13.11.2026, 17:20 Uhr",
        "paragraphs": [
            "FREIBURG (br) – Der Gemeinderat hat am Donnerstag den Ausbau des Radschnellwegs "
            "zwischen Freiburg und Emmendingen beschlossen.",
            "Auf 14 Kilometern soll die Strecke durchgehend vier Meter breit werden, mit "
            "eigener Beleuchtung und Vorfahrt an den meisten Kreuzungen. Die Kosten liegen bei "
            "rund 21 Millionen Euro; Bund und Land übernehmen zwei Drittel.",
            "„Das ist ein großer Schritt für alle, die täglich pendeln“, sagte die "
            "Bürgermeisterin. Kritik kam von Landwirten, deren Äcker für den Bau "
            "verkleinert werden müssen.",
            "Die Bauarbeiten sollen im Frühjahr 2027 beginnen und Ende 2029 abgeschlossen sein.",
        ],
        "related": ("Mehr zum Thema", ["Neue Straßenbahnlinie nach Dietenbach",
                                       "Weihnachtsmarkt öffnet früher"]),
        "footer": "© Badische Rundschau 2026 · Impressum · Datenschutz",
    },
    {
        "id": "cs-iso88592-http", "lang": "cs", "encoding": "iso-8859-2",
        "content_type": "text/html; charset=ISO-8859-2",
        "template": "wordpress", "site": "Brněnský deník Plus",
        "nav": ["Zprávy", "Domov", "Ekonomika", "Sport", "Kultura", "Počasí"],
        "share": ["Sdílet", "Facebook", "X", "Poslat e-mailem"],
        "headline": "Brno prodlouží tramvajovou trať do Žebětína",
        "byline": "Tomáš Dvořák", "datetime": "2026-11-12T08:00:00+01:00",
        "date_text": "12. listopadu 2026",
        "paragraphs": [
            "BRNO - Zastupitelstvo v úterý schválilo prodloužení tramvajové trati z Kníničské "
            "ulice až do Žebětína.",
            "Nová trať bude měřit 2,8 kilometru a vzniknou na ní čtyři zastávky. Stavba má "
            "stát přibližně 1,3 miliardy korun, většinu zaplatí evropské fondy.",
            "\"Žebětín je jednou z mála čtvrtí, kam dosud jezdí jen autobusy,\" řekl náměstek "
            "primátorky pro dopravu. Stavět se začne příští rok na jaře.",
            "Obyvatelé se obávají hluku a kácení stromů. Město slibuje, že za každý pokácený "
            "strom vysadí dva nové.",
        ],
        "related": ("Související", ["Přehrada bude mít novou pláž", "Šalinkarta zdraží"]),
        "footer": "(c) 2026 Brněnský deník Plus. Všechna práva vyhrazena.",
    },
    {
        "id": "es-utf8-meta-latin1", "lang": "es", "encoding": "utf-8", "meta": "ISO-8859-1",
        "template": "nextjs", "site": "Diario del Turia",
        "nav": ["Portada", "España", "Economía", "Sociedad", "Deportes", "Cultura"],
        "share": ["Compartir", "Facebook", "X", "WhatsApp"],
        "headline": "Valencia amplía el carril bici del Jardín del Turia hasta la playa",
        "byline": "Lucía Martínez Ferrer", "datetime": "2026-11-18T11:30:00+01:00",
        "date_text": "18 nov 2026 - 11:30",
        "paragraphs": [
            "VALENCIA, 18 nov. – El Ayuntamiento de Valencia aprobó este martes la ampliación "
            "del carril bici del Jardín del Turia hasta el paseo marítimo de la Malvarrosa.",
            "El nuevo tramo tendrá 3,2 kilómetros y costará 6,8 millones de euros. "
            "Según el concejal de Movilidad, las obras «empezarán en primavera y durarán "
            "unos catorce meses».",
            "Las asociaciones de ciclistas celebran la decisión, aunque piden más "
            "aparcamientos seguros para bicicletas junto a las estaciones de metro.",
            "Los vecinos del Cabanyal, por su parte, reclaman que la obra no reduzca las "
            "plazas de aparcamiento en el barrio.",
        ],
        "related": ("Te puede interesar", ["La EMT estrena autobuses eléctricos",
                                           "Fallas 2027: ya hay cartel"]),
        "footer": "© 2026 Diario del Turia. Todos los derechos reservados.",
    },
    {
        "id": "uk-utf16-bom", "lang": "uk", "encoding": "utf-16",
        "template": "wordpress", "site": "Львівський кур'єр",
        "nav": ["Головна", "Політика", "Економіка", "Суспільство", "Спорт", "Культура"],
        "share": ["Поділитися", "Facebook", "Telegram", "Viber"],
        "headline": "У Львові відкрили оновлену площу перед Оперним театром",
        "byline": "Оксана Мельник", "datetime": "2026-11-07T15:00:00+02:00",
        "date_text": "7 листопада 2026",
        "paragraphs": [
            "ЛЬВІВ, 7 листопада — Після півтора року реконструкції у Львові відкрили оновлену "
            "площу перед Оперним театром.",
            "Майстри замінили бруківку, відреставрували фонтан і висадили понад сто нових "
            "дерев. Роботи коштували міському бюджету 146 мільйонів гривень.",
            "«Ми повернули площі вигляд, який вона мала на початку минулого століття», — "
            "розповіла головна архітекторка проєкту.",
            "Увечері на площі відбувся концерт просто неба, який зібрав кілька тисяч глядачів.",
        ],
        "related": ("Читайте також", ["Трамвай на Сихів курсуватиме частіше",
                                      "Різдвяний ярмарок стартує раніше"]),
        "footer": "© 2026 Львівський кур'єр. Усі права захищені.",
    },
    {
        "id": "bg-cp1251-meta-unknown", "lang": "bg", "encoding": "cp1251",
        "meta": "x-no-such-charset",
        "template": "drupal", "site": "Пловдив Днес",
        "nav": ["Начало", "Новини", "Икономика", "Спорт", "Култура", "Времето"],
        "share": ["Сподели", "Facebook", "Viber"],
        "headline": "Пловдив ремонтира Римския стадион до лятото",
        "byline": "Петя Иванова", "datetime": "2026-11-06T10:10:00+02:00",
        "date_text": "06.11.2026 10:10",
        "paragraphs": [
            "ПЛОВДИВ, 6 ноември – Общината започва основен ремонт на Античния стадион в "
            "центъра на града, съобщиха от пресцентъра в четвъртък.",
            "Ще бъдат подменени стъпалата на видимата част от трибуните и осветлението около "
            "разкопките. Стойността на проекта е 2,4 милиона лева.",
            "Археолозите ще следят всички работи, за да не бъдат засегнати древните зидове. "
            "Ремонтът трябва да приключи до началото на летния туристически сезон.",
            "По време на ремонта пешеходният подлез под главната улица ще остане отворен.",
        ],
        "related": ("Още новини", ["Нов парк в Тракия", "Кметът представи бюджета"]),
        "footer": "© 2026 Пловдив Днес. Всички права запазени.",
    },
    {
        "id": "pt-utf8-http-unknown", "lang": "pt", "encoding": "utf-8",
        "content_type": "text/html; charset=x-mac-klingon",
        "template": "wordpress", "site": "Jornal do Douro",
        "nav": ["Início", "Nacional", "Economia", "Desporto", "Cultura", "Opinião"],
        "share": ["Partilhar", "Facebook", "WhatsApp", "E-mail"],
        "headline": "Porto inaugura nova ponte pedonal sobre o rio Douro",
        "byline": "João Pereira", "datetime": "2026-11-05T18:30:00+00:00",
        "date_text": "5 de novembro de 2026, 18:30",
        "paragraphs": [
            "PORTO, 5 nov. – A nova ponte pedonal entre a Ribeira e Vila Nova de Gaia foi "
            "inaugurada esta quarta-feira, numa cerimónia com centenas de pessoas.",
            "A estrutura, com 230 metros de comprimento, custou 12 milhões de euros e foi "
            "financiada em partes iguais pelas duas câmaras municipais.",
            "Segundo o presidente da câmara, a ponte vai “aliviar a pressão” sobre o "
            "tabuleiro inferior da ponte D. Luís, por onde passam milhares de turistas por dia.",
            "A travessia estará aberta 24 horas e terá iluminação com baixo consumo energético.",
        ],
        "related": ("Leia também", ["Metro chega a Gondomar em 2028",
                                    "São Martinho com castanhas grátis"]),
        "footer": "© 2026 Jornal do Douro. Todos os direitos reservados.",
    },
    {
        "id": "ru-iso88595-nextjs", "lang": "ru", "encoding": "iso-8859-5",
        "template": "nextjs", "site": "Невский курьер", **RU_CHROME,
        "headline": "В Петербурге разведут мосты по зимнему графику",
        "byline": "Дмитрий Орлов", "datetime": "2026-11-25T22:00:00+03:00",
        "date_text": "25 ноября 2026",
        "paragraphs": [
            "САНКТ-ПЕТЕРБУРГ, 25 ноября - С понедельника мосты через Неву будут разводить "
            "только по заявкам судов, сообщили в городском комитете по транспорту.",
            "Навигация на реке завершается: последние теплоходы уходят на зимнюю стоянку. "
            "Дворцовый и Троицкий мосты останутся сведенными всю ночь.",
            "Водителям советуют заранее проверять график на сайте комитета, так как в "
            "отдельные ночи мосты все же могут развести для проводки ледоколов.",
            "Весной разводка по расписанию возобновится, как только Нева очистится ото льда.",
        ],
        "related": ("Еще по теме", ["Ледокол пришел на Неву раньше срока",
                                    "На Невском заменят освещение"]),
        "footer": "(c) 2026 Невский курьер",
    },
    {
        "id": "ar-iso88596-wordpress", "lang": "ar", "encoding": "iso-8859-6",
        "template": "wordpress", "site": "أخبار الإسكندرية",
        "nav": ["الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة"],
        "share": ["شارك", "فيسبوك", "واتساب"],
        "headline": "مكتبة الإسكندرية تفتح قاعة جديدة للمخطوطات النادرة",
        "byline": "كتبت: سارة منصور", "datetime": "2026-11-23T12:00:00+02:00",
        "date_text": "23 نوفمبر 2026",
        "paragraphs": [
            "الإسكندرية - افتتحت مكتبة الإسكندرية اليوم قاعة جديدة لعرض المخطوطات النادرة، "
            "تضم أكثر من ألفي مخطوطة يعود بعضها إلى القرن العاشر.",
            "وقال مدير المكتبة إن القاعة مزودة بنظام حديث للتحكم في الحرارة والرطوبة، "
            "للحفاظ على الورق والجلود القديمة من التلف.",
            "وستكون القاعة مفتوحة للباحثين بموعد مسبق، على أن تفتح للجمهور العام يومي "
            "الجمعة والسبت من كل أسبوع.",
            "وأضاف أن المكتبة تعمل على رقمنة المخطوطات كلها خلال السنوات الخمس المقبلة.",
        ],
        "related": ("أخبار ذات صلة", ["تطوير كورنيش المدينة", "معرض الكتاب يبدأ الشهر المقبل"]),
        "footer": "جميع الحقوق محفوظة (c) 2026 أخبار الإسكندرية",
    },
    {
        "id": "ja-iso2022jp-nextjs", "lang": "ja", "encoding": "iso-2022-jp",
        "template": "nextjs", "site": "みなと新報",
        "nav": ["トップ", "地域", "経済", "スポーツ", "くらし"],
        "share": ["シェア", "ポスト", "LINE"],
        "headline": "横浜港に大型客船が初入港　市民ら三千人が出迎え",
        "byline": "横浜支局　鈴木大輔", "datetime": "2026-11-19T10:30:00+09:00",
        "date_text": "2026年11月19日",
        "paragraphs": [
            "【横浜】横浜港の大さん橋に１９日朝、新造の大型客船が初めて入港し、"
            "岸壁では市民ら約三千人が小旗を振って出迎えた。",
            "客船は全長約三百メートルで、乗客約四千人を乗せて上海から到着した。"
            "乗客は市内の観光地を巡り、同日夜に神戸へ向けて出港する。",
            "市によると、今年の客船の寄港数は過去最多となる見込みで、"
            "市は観光バスの乗り場を増やすなど受け入れ態勢を整えている。",
            "出迎えに訪れた市内の男性は「間近で見ると本当に大きい。いつか乗ってみたい」と"
            "話していた。",
        ],
        "related": ("関連記事", ["赤レンガ倉庫でクリスマス市", "みなとみらいに新ホール"]),
        "footer": "(C) みなと新報　無断転載を禁じます",
    },
    {
        "id": "ru-cp1251-short", "lang": "ru", "encoding": "cp1251", "template": "short",
        "site": "Новости дня", "nav": [], "share": [], "byline": "", "date_text": "",
        "datetime": "2026-11-22T10:00:00+03:00", "related": ("", []), "footer": "",
        "headline": "Метро закроют на ремонт",
        "paragraphs": ["Станцию «Пушкинская» закроют с понедельника на две недели."],
    },
    {
        "id": "ja-shiftjis-short", "lang": "ja", "encoding": "shift_jis", "template": "short",
        "site": "速報", "nav": [], "share": [], "byline": "", "date_text": "",
        "datetime": "2026-11-22T10:00:00+09:00", "related": ("", []), "footer": "",
        "headline": "大雨警報を発表",
        "paragraphs": ["気象台は午後、県内全域に大雨警報を発表した。"],
    },
    # Text form: the page as a scraper's ``::text`` gives it.
    {
        "id": "ru-cp1251-text", "lang": "ru", "encoding": "cp1251", "template": "text",
        "site": "Вечерний Омск", **RU_CHROME,
        "headline": "В Омске продлили работу ледовой переправы через Иртыш",
        "byline": "Сергей Лаптев", "date_text": "3 декабря 2026",
        "datetime": "2026-12-03T09:00:00+06:00", "related": ("", []),
        "paragraphs": [
            "ОМСК, 3 декабря — Городские власти решили продлить работу пешеходной ледовой "
            "переправы через Иртыш до середины марта.",
            "Толщина льда на переправе сейчас превышает 40 сантиметров, сообщили спасатели. "
            "Каждое утро её проверяют сотрудники службы «Спас-Омск».",
            "Переправа работает с 7:00 до 21:00. В тёмное время суток выходить на лёд "
            "запрещено, напомнили в мэрии.",
        ],
        "footer": "© 2026 Вечерний Омск",
    },
    {
        "id": "ja-shiftjis-text", "lang": "ja", "encoding": "shift_jis", "template": "text",
        "site": "九州ニュース", "nav": ["トップ", "社会", "経済", "スポーツ"],
        "share": ["シェア", "ツイート"],
        "headline": "熊本城の天守閣、夜間特別公開を延長",
        "byline": "熊本支局　田中裕子", "date_text": "2026年12月2日",
        "datetime": "2026-12-02T19:00:00+09:00", "related": ("", []),
        "paragraphs": [
            "熊本市は２日、熊本城天守閣の夜間特別公開を来年１月末まで延長すると発表した。",
            "特別公開は十一月に始まり、これまでに約三万人が訪れた。ライトアップされた石垣を"
            "天守閣の最上階から眺められるのが人気だという。",
            "入場は午後六時から九時まで。市の担当者は「冬の夜の城を楽しんでほしい」と話している。",
        ],
        "footer": "(C) 九州ニュース",
    },
    {
        "id": "el-cp1253-text", "lang": "el", "encoding": "cp1253", "template": "text",
        "site": "Θεσσαλονίκη Σήμερα", "nav": ["Αρχική", "Ειδήσεις", "Αθλητισμός"],
        "share": ["Κοινοποίηση"],
        "headline": "Θεσσαλονίκη: Νέα δρομολόγια του μετρό από τον Ιανουάριο",
        "byline": "Ελένη Κωνσταντίνου", "date_text": "1 Δεκεμβρίου 2026",
        "datetime": "2026-12-01T10:00:00+02:00", "related": ("", []),
        "paragraphs": [
            "ΘΕΣΣΑΛΟΝΙΚΗ – Από τις αρχές Ιανουαρίου το μετρό της Θεσσαλονίκης θα κάνει "
            "δρομολόγια κάθε τρία λεπτά τις ώρες αιχμής.",
            "Όπως ανακοίνωσε η εταιρεία λειτουργίας, θα προστεθούν έξι νέοι συρμοί. "
            "«Άμεσος στόχος είναι να μειωθεί ο συνωστισμός», σημείωσε εκπρόσωπός της.",
            "Η επέκταση προς την Καλαμαριά αναμένεται να ολοκληρωθεί μέσα στο 2027.",
        ],
        "footer": "© 2026 Θεσσαλονίκη Σήμερα",
    },
    {
        "id": "zh-gbk-text", "lang": "zh-CN", "encoding": "gbk", "template": "text",
        "site": "岭南都市报", "nav": ["首页", "本地", "财经"], "share": ["分享到："],
        "headline": "广州新增十个口袋公园 市民家门口就能散步",
        "byline": "记者 李婷", "date_text": "2026年12月1日",
        "datetime": "2026-12-01T08:00:00+08:00", "related": ("", []),
        "paragraphs": [
            "本报讯 广州市今年新建的十个口袋公园已于近日全部开放，"
            "主要分布在老城区居民密集的街道。",
            "这些公园面积都不大，最小的只有四百平方米，但都设有座椅、健身器材和儿童游乐设施。",
            "附近居民表示，以前散步要走很远，现在下楼就能到公园，“晚饭后带孩子来玩很方便”。",
        ],
        "footer": "岭南都市报 版权所有",
    },
]
