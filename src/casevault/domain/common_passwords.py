"""Passwords and words that guessing tools try first, for the passphrase rule
(domain/passphrase_strength.py). Written for CaseVault: the most frequent patterns of leaked
password lists (as published in aggregate statistics), common English and Russian words (also
in Latin transliteration and in the Latin keyboard layout), and words from this project's own
world that an adversary would try. Lower case; compared after lower-casing and undoing
look-alike digits (p@ssw0rd -> password).
"""

from __future__ import annotations

# A word list reads and edits best as text, one run of words per line.
COMMON_PASSWORDS = frozenset(
    """
    password passw0rd passwort motdepasse contraseña senha parola haslo salasana wachtwoord
    123456 1234567 12345678 123456789 1234567890 0123456789 987654321 9876543210 111111 11111111
    000000 00000000 123123 123123123 121212 112233 123321 654321 666666 696969 777777 7777777
    88888888 999999 99999999 159753 147258369 123qwe qwe123 1q2w3e 1q2w3e4r 1q2w3e4r5t zaq12wsx
    1qaz2wsx qazwsx qazwsxedc qwerty qwertyu qwertyui qwertyuiop asdfgh asdfghjk asdfghjkl zxcvbn
    zxcvbnm qwertz azerty abc123 abcd1234 abcdef abcdefgh aa123456 a123456 q1w2e3r4 1a2b3c4d
    iloveyou loveyou letmein welcome welcome1 admin administrator root toor login guest user
    default changeme secret trustno1 master superman batman spiderman pokemon starwars
    football baseball soccer hockey basketball princess sunshine shadow monkey dragon tigger
    charlie michael jennifer jordan hunter hunter2 buster thomas robert daniel andrew george
    freedom whatever qwerty123 password1 password12 password123 passw0rd1 iloveyou1 computer
    internet killer pepper ginger cookie cheese chocolate summer winter autumn spring flower
    orange banana apple lovely angel angels family friends forever matrix mustang ferrari
    mercedes harley corvette silver golden diamond blessed jesus christ heaven purple yellow
    secret123 access access14 security private hello hello123 hellokitty babygirl iloveu
    nicole jessica ashley amanda samantha natasha tatiana svetlana elena olga irina marina
    anastasia ekaterina maria alexander alexey sergey dmitry andrey vladimir nikolay ivan
    пароль парольпароль йцукен йцукенгшщз фывапролджэ ячсмить любовь солнышко котик зайка
    наташа света лена оля ира марина катя маша саша сергей дима андрей владимир иван
    gfhjkm gfhjkm123 qwerty12345 nfnmzyf cjkysirj kjdtymrf rjnbr pfqrf parol parol123 lubov
    solnyshko kotik zaika privet privet123 spartak zenit cska dinamo lokomotiv rossiya russia
    moskva moscow piter kiev kyiv ukraina ukraine belarus minsk tbilisi yerevan almaty astana
    casevault casevault1 vault vault123 desertir dezertir soldat soldier army armiya voenkomat
    mobilization mobilizatsiya freedom1 svoboda svoboda1 mir peace peace123 nowar netvoine
    """.split()  # noqa: SIM905
)

DICTIONARY_WORDS = frozenset(
    """
    about above across action after again against agent airport alone always animal answer
    anything apartment arrive autumn baby back bank battle beautiful because bed before begin
    believe below between bird black blood blue boat body book border bottle box boy bread
    bridge brother brown building business camera captain car card case castle cat chair
    change child children church city clean clock close cloud coffee cold colour computer
    country courage cousin cross danger daughter dark day dead death desert diary doctor dog
    door dream drink driver earth east empty enemy energy escape evening every family father
    field fire first flag flower forest freedom friend future garden girl glass gold good
    government green ground group hand happy heart heavy history holiday home hope horse
    hospital hotel house hungry island journey justice key kitchen knife lake language law
    lawyer letter liberty light lion little long love machine market memory message middle
    military money month moon morning mother mountain music nature never night north number
    ocean office officer open order paper paradise parent passport people picture planet
    police power president prison question quiet rain red refugee river road rocket room
    safe school sea secret shadow ship shoe silence silver sister sky sleep small snow
    soldier south star station stone story street strong summer sun table teacher telephone
    thunder ticket tiger time today tomorrow tower town train travel tree truth uncle under
    unit valley village visa voice wall war warm water weapon weather west white wind window
    winter wolf woman world yellow young zero
    армия берег брат будущее война вода воздух город граница дверь дерево деревня дом дорога
    друг жизнь земля зима золото книга красный лес лето луна любовь мама мать мир море
    москва надежда ночь огонь окно отец папа паспорт победа поле правда птица работа радость
    река родина россия рука свобода север семья сердце сестра сила слово собака солдат
    солнце счастье сын улица утро финал хлеб цветок человек школа
    armiya bereg brat budushchee voina voyna voda vozdukh gorod granitsa dver derevo derevnya
    dom doroga drug zhizn zemlya zima zoloto kniga krasny les leto luna mama mat more nadezhda
    noch ogon okno otets papa pasport pobeda pole pravda ptitsa rabota radost reka rodina
    ruka sever semya serdtse sestra sila slovo sobaka solntse schastye syn ulitsa utro khleb
    tsvetok chelovek shkola
    """.split()  # noqa: SIM905
)
