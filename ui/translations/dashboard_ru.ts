<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="34"/>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="35"/>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="45"/>
        <source>Choose a new passphrase for this vault. The old one stops working at once with this vault&apos;s key file (a copy of the key file made before still opens it with the old one: use File, Re-encrypt with a new key, if someone may have such a copy); your printed recovery code keeps working.</source>
        <translation>Выберите новую парольную фразу для этого хранилища. Старая фраза сразу перестанет открывать хранилище с его нынешним файлом ключей (но сделанная раньше копия файла ключей по-прежнему открывает хранилище старой фразой: если такая копия может быть у кого-то, выберите «Файл» → «Перешифровать новым ключом»); напечатанный код восстановления продолжит действовать.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="46"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="51"/>
        <source>Repeat new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="55"/>
        <source>Changing the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="59"/>
        <source>Passphrase problem</source>
        <translation>Проблема с парольной фразой</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="64"/>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="65"/>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="67"/>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="68"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="71"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="73"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите её:</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/change_passphrase_dialog.py" line="87"/>
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="132"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="135"/>
        <source>Counts of cases in this vault. Deleted cases are not counted. No names or other personal details are shown here.</source>
        <translation>Число дел в этом хранилище. Удалённые дела не учитываются. Имена и другие личные данные здесь не показываются.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="142"/>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="148"/>
        <source>Counting</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="150"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="151"/>
        <source>Refresh dashboard</source>
        <translation>Обновить сводку</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="152"/>
        <source>Statistics &amp;report (PDF)…</source>
        <translation>О&amp;тчёт со статистикой (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="153"/>
        <source>Save a statistics report as PDF</source>
        <translation>Сохранить отчёт со статистикой в PDF</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="155"/>
        <source>Cases by status</source>
        <translation>Дела по статусу</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="156"/>
        <source>New cases per month</source>
        <translation>Новые дела по месяцам</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="157"/>
        <source>Screening and clearance</source>
        <translation>Проверка и допуск</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="158"/>
        <source>Cases by country</source>
        <translation>Дела по странам</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="184"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="208"/>
        <source>%1 cases in the vault.</source>
        <translation>Дел в хранилище: %1.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="211"/>
        <source>Number of cases in each status.</source>
        <translation>Число дел в каждом статусе.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="216"/>
        <source>Cases created in each of the last 12 months.</source>
        <translation>Дела, заведённые в каждом из последних 12 месяцев.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="217"/>
        <source>Month, %1 to %2</source>
        <translation>Месяц, с %1 по %2</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="224"/>
        <source>Cleared</source>
        <translation>Допущены</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="225"/>
        <source>Pending</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="226"/>
        <source>Blocked</source>
        <translation>Отклонены</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="227"/>
        <source>Not screened</source>
        <translation>Не проверены</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="230"/>
        <source>Cleared: enough independent signed evaluations, all positive. Blocked: a signed “not cleared”. Pending: screening under way. Not screened: no signed evaluation yet.</source>
        <translation>Допущены: достаточно независимых подписанных оценок, все положительные. Отклонены: есть подписанная оценка «не допущен». Ожидают: проверка идёт. Не проверены: подписанных оценок ещё нет.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="237"/>
        <source>Number of cases in each current country.</source>
        <translation>Число дел по стране нынешнего пребывания.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="242"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="247"/>
        <source>Other</source>
        <translation>Другие</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="257"/>
        <source>statistics.pdf</source>
        <translation>статистика.pdf</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="263"/>
        <source>Could not write the PDF there. Choose another place.</source>
        <translation>Не удалось записать PDF в это место. Выберите другое.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dashboard_view.py" line="265"/>
        <source>Report saved.</source>
        <translation>Отчёт сохранён.</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Печать отчёта…</translation>
    </message>
    <message>
        <source>Print a statistics report</source>
        <translation>Напечатать статистический отчёт</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in the vault.</source>
        <translation>
            <numerusform>В хранилище %n дело.</numerusform>
            <numerusform>В хранилище %n дела.</numerusform>
            <numerusform>В хранилище %n дел.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DestroyedView</name>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="33"/>
        <location filename="../../src/casevault/gui/safety_actions.py" line="37"/>
        <source>Vault destroyed</source>
        <translation>Хранилище уничтожено</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="64"/>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="65"/>
        <source>Case dossier for a lawyer</source>
        <translation>Досье по делу для адвоката</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="70"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="71"/>
        <source>Include the &amp;contact channel</source>
        <translation>Включить &amp;канал связи</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="72"/>
        <source>Include the contact channel</source>
        <translation>Включить канал связи</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="74"/>
        <source>Off by default: the contact channel is the most sensitive field.</source>
        <translation>По умолчанию выключено: канал связи — самое чувствительное поле.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="80"/>
        <source>Preparing the dossier</source>
        <translation>Подготовка досье</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="82"/>
        <source>Dossier preview</source>
        <translation>Предпросмотр досье</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="86"/>
        <source>Dossier status</source>
        <translation>Состояние досье</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="89"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="91"/>
        <source>Save the dossier as PDF</source>
        <translation>Сохранить досье в PDF</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="93"/>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="94"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="136"/>
        <source>dossier.pdf</source>
        <translation>досье.pdf</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="143"/>
        <source>Could not write the PDF there. Choose another place.</source>
        <translation>Не удалось записать PDF в это место. Выберите другое.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_dialog.py" line="145"/>
        <source>Dossier saved. Remember: the file is not encrypted.</source>
        <translation>Досье сохранено. Помните: файл не зашифрован.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the dossier</source>
        <translation>Напечатать досье</translation>
    </message>
</context>
<context>
    <name>DossierReport</name>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="23"/>
        <source>Cleared</source>
        <translation>Допущен</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="24"/>
        <source>Not cleared</source>
        <translation>Не допущен</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="25"/>
        <source>Inconclusive</source>
        <translation>Без вывода</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="28"/>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="29"/>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="30"/>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="33"/>
        <source>interview</source>
        <translation>беседа</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="34"/>
        <source>documents</source>
        <translation>документы</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="35"/>
        <source>open-source check</source>
        <translation>проверка по открытым источникам</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="36"/>
        <source>references</source>
        <translation>рекомендации</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="37"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="40"/>
        <source>Cleared: independent signed evaluations agree, none negative.</source>
        <translation>Допущен: независимые подписанные оценки сходятся, отрицательных нет.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="43"/>
        <source>Not cleared: a signed evaluation is negative.</source>
        <translation>Не допущен: есть отрицательная подписанная оценка.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="44"/>
        <source>Screening not complete.</source>
        <translation>Проверка не завершена.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="80"/>
        <source>Name (Cyrillic)</source>
        <translation>Имя (кириллицей)</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="84"/>
        <source>Name (Latin)</source>
        <translation>Имя (латиницей)</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="86"/>
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="88"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="91"/>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="93"/>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="96"/>
        <source>Unit</source>
        <translation>Часть</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="97"/>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="99"/>
        <source>Call-up date</source>
        <translation>Дата призыва</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="102"/>
        <source>Proof of call-up</source>
        <translation>Подтверждение призыва</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="103"/>
        <location filename="../../src/casevault/gui/dossier_report.py" line="118"/>
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="105"/>
        <source>Current country</source>
        <translation>Страна пребывания</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="106"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="108"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="110"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="111"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="116"/>
        <source>Contact channel</source>
        <translation>Канал связи</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="121"/>
        <location filename="../../src/casevault/gui/dossier_report.py" line="188"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="129"/>
        <source>No events recorded.</source>
        <translation>Событий не записано.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="137"/>
        <location filename="../../src/casevault/gui/dossier_report.py" line="179"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="138"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="139"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="150"/>
        <source>Draft: not signed, does not count</source>
        <translation>Черновик: не подписан, не учитывается</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="152"/>
        <source>Signature does NOT verify: do not rely on it</source>
        <translation>Подпись НЕ проходит проверку: не полагайтесь на эту оценку</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="156"/>
        <source>Signed; replaced by a later correction</source>
        <translation>Подписана; заменена более поздним исправлением</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="157"/>
        <source>Signed; signature verified</source>
        <translation>Подписана; подпись проверена</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="164"/>
        <source>No evaluations yet.</source>
        <translation>Оценок пока нет.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="172"/>
        <source>unknown evaluator</source>
        <translation>неизвестный проверяющий</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="180"/>
        <source>Evaluator</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="181"/>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="182"/>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="183"/>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="185"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="197"/>
        <source>Case dossier: %1</source>
        <translation>Досье по делу: %1</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="198"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="202"/>
        <source>Prepared by %1 on %2 from CaseVault. Case id %3.</source>
        <translation>Подготовлено: %1, %2, из CaseVault. Номер дела %3.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="209"/>
        <source>Screening outcome</source>
        <translation>Итог проверки</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="210"/>
        <source>Person and service</source>
        <translation>Человек и служба</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="211"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="212"/>
        <source>Evaluations</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/dossier_report.py" line="159"/>
        <source>Signed; does NOT count towards clearance: %1</source>
        <translation>Подписана; НЕ учитывается для допуска: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/casevault/gui/main_window.py" line="90"/>
        <source>Case d&amp;ossier for a lawyer (PDF)…</source>
        <translation>&amp;Досье по делу для адвоката (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/main_window.py" line="203"/>
        <source>Select a case in the list first.</source>
        <translation>Сначала выберите дело в списке.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/casevault/gui/messages.py" line="93"/>
        <source>Too many wrong passphrases. As set in this vault&apos;s options, its keys were destroyed: it can never be opened again.</source>
        <translation>Слишком много неверных парольных фраз. Как указано в настройках этого хранилища, его ключи уничтожены: открыть его больше невозможно.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/messages.py" line="99"/>
        <source>Choose a number between %1 and %2.</source>
        <translation>Выберите число от %1 до %2.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/messages.py" line="57"/>
        <source>This passphrase is too easy to guess (a well-known password, a single word or a keyboard pattern). Use four or more random words that mean nothing together.</source>
        <translation>Эту парольную фразу слишком легко угадать (широко известный пароль, одно слово или ряд соседних клавиш). Используйте четыре или больше случайных слов, не связанных по смыслу.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/messages.py" line="82"/>
        <source>This vault was destroyed (panic): its keys are gone, so nobody can open it any more, not even with the passphrase or the recovery code. It is not damaged; this is what the panic action does.</source>
        <translation>Это хранилище уничтожено по тревоге: его ключей больше нет, поэтому никто больше не сможет его открыть — даже с парольной фразой или кодом восстановления. Оно не повреждено: именно так и работает уничтожение по тревоге.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/messages.py" line="88"/>
        <source>Panic could NOT delete every copy of the key file: %1 remain in the vault folder. Delete them by any means you have, or destroy the disk.</source>
        <translation>При уничтожении по тревоге НЕ удалось удалить все копии файла ключей: в папке хранилища остались %1. Удалите их любым доступным способом или уничтожьте диск.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/messages.py" line="120"/>
        <source>The passphrase did not open the vault, and the vault&apos;s key file has changed since the last unlock (replaced or edited). This attempt was not counted and nothing was destroyed. Put back this vault&apos;s own key file from a backup, or use the recovery code.</source>
        <translation>Парольная фраза не открыла хранилище, а файл ключей хранилища изменился после последней разблокировки (его заменили или отредактировали). Эта попытка не засчитана как неверная, и ничего не уничтожено. Верните файл ключей именно этого хранилища из резервной копии или воспользуйтесь кодом восстановления.</translation>
    </message>
    <message>
        <source>The duress passphrase must be different from the vault's passphrase. Choose another one.</source>
        <translation>Парольная фраза под принуждением должна отличаться от парольной фразы хранилища. Выберите другую.</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="50"/>
        <source>Re-encrypt with a new key</source>
        <translation>Перешифровать новым ключом</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="50"/>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="84"/>
        <source>New recovery code</source>
        <translation>Новый код восстановления</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="57"/>
        <source>After a suspected seizure: the vault is re-encrypted with a new random key and you get a new recovery code. Afterwards no copy of the old key file and not the old recovery code opens this vault. A full copy of the vault folder made before still opens with the old passphrase: nothing can undo a copy.</source>
        <translation>Если вы подозреваете изъятие: хранилище перешифровывается новым случайным ключом, и вы получаете новый код восстановления. После этого ни копия старого файла ключей, ни старый код восстановления это хранилище не откроют. Полная копия папки хранилища, сделанная раньше, по-прежнему открывается старой парольной фразой: уже сделанную копию ничем не отменить.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="64"/>
        <source>A new recovery code replaces the old one, which stops working at once. Your passphrase keeps working.</source>
        <translation>Новый код восстановления заменяет старый, и старый сразу перестаёт действовать. Ваша парольная фраза продолжает действовать.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="70"/>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="71"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="75"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="79"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="90"/>
        <source>Re-encrypt</source>
        <translation>Перешифровать</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="90"/>
        <source>Replace the code</source>
        <translation>Заменить код</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="92"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="126"/>
        <source>Done. Your NEW recovery code is below; it is shown only now. Write it down or print it, keep it safe, and destroy every copy of the old one.</source>
        <translation>Готово. Ниже ваш НОВЫЙ код восстановления; он показывается только сейчас. Запишите или распечатайте его, храните в надёжном месте и уничтожьте все копии старого кода.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/new_key_dialog.py" line="132"/>
        <source>I have written it down</source>
        <translation>Я его записал(а)</translation>
    </message>
</context>
<context>
    <name>PanicDialog</name>
    <message>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="24"/>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="25"/>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="45"/>
        <source>Destroy the vault</source>
        <translation>Уничтожить хранилище</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="27"/>
        <source>DESTROY</source>
        <translation>УНИЧТОЖИТЬ</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="30"/>
        <source>This destroys the vault&apos;s keys at once. Nobody will ever be able to open it again: not you, not with the passphrase, not with the recovery code. Copies of the vault on other laptops or backups are not affected.</source>
        <translation>Ключи хранилища будут сразу уничтожены. Никто больше не сможет его открыть: ни вы, ни с парольной фразой, ни с кодом восстановления. Копии хранилища на других ноутбуках и в резервных копиях это не затронет.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="38"/>
        <source>To confirm, type %1 below:</source>
        <translation>Для подтверждения введите ниже слово %1:</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="41"/>
        <source>Confirmation word</source>
        <translation>Слово подтверждения</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="47"/>
        <source>Destroy the vault now</source>
        <translation>Уничтожить хранилище сейчас</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="50"/>
        <location filename="../../src/casevault/gui/panic_dialog.py" line="52"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../src/casevault/gui/report_pdf.py" line="42"/>
        <source>The PDF will NOT be encrypted: anyone who gets the file can read it. Save it only on an encrypted drive, send it only over a safe channel, and delete it when it is no longer needed.</source>
        <translation>PDF НЕ будет зашифрован: его сможет прочитать любой, к кому попадёт файл. Сохраняйте его только на зашифрованный диск, передавайте только по безопасному каналу и удалите, когда он станет не нужен.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/report_pdf.py" line="57"/>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/report_pdf.py" line="59"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/report_pdf.py" line="70"/>
        <source>Unencrypted file</source>
        <translation>Незашифрованный файл</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/report_pdf.py" line="75"/>
        <source>Choose where to save…</source>
        <translation>Выбрать, куда сохранить…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/report_pdf.py" line="79"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="58"/>
        <source>Change &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="60"/>
        <source>&amp;Destroy the vault (panic)…</source>
        <translation>&amp;Уничтожить хранилище (тревога)…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="64"/>
        <source>&amp;Wrong passphrases…</source>
        <translation>&amp;Неверные парольные фразы…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="89"/>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="129"/>
        <source>The vault could NOT be destroyed: %1</source>
        <translation>Хранилище НЕ удалось уничтожить: %1</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="70"/>
        <source>Re-encrypt with a new &amp;key (after a suspected seizure)…</source>
        <translation>Перешифровать новым &amp;ключом (при подозрении на изъятие)…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="73"/>
        <source>New &amp;recovery code…</source>
        <translation>Новый к&amp;од восстановления…</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/safety_actions.py" line="152"/>
        <source>The vault was destroyed. Its keys are gone: nobody can open it again from this computer, not with the passphrase, not with the recovery code.

A copy of the key file made before now (a backup, a copied vault folder) still opens a copy of the database made before now. On SSDs and USB sticks the drive may keep old blocks of the deleted key file out of any program&apos;s reach; they are still useless without the passphrase or the recovery code.

You can close this window.</source>
        <translation>Хранилище уничтожено. Его ключей больше нет: никто не сможет снова открыть его на этом компьютере — ни с парольной фразой, ни с кодом восстановления.

Копия файла ключей, сделанная раньше (резервная копия, скопированная папка хранилища), по-прежнему открывает сделанную раньше копию базы данных. На SSD-дисках и флешках накопитель может хранить старые блоки удалённого файла ключей там, куда не доберётся ни одна программа; без парольной фразы или кода восстановления они всё равно бесполезны.

Можно закрыть это окно.</translation>
    </message>
    <message>
        <source>D&amp;uress passphrase…</source>
        <translation>Парольная фраза под &amp;принуждением…</translation>
    </message>
    <message>
        <source>C&amp;heck the vault…</source>
        <translation>Проверить &amp;хранилище…</translation>
    </message>
    <message>
        <source>Duress passphrase saved.</source>
        <translation>Парольная фраза под принуждением сохранена.</translation>
    </message>
    <message>
        <source>Duress passphrase turned off.</source>
        <translation>Парольная фраза под принуждением отключена.</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="15"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="30"/>
        <source>CaseVault statistics</source>
        <translation>Статистика CaseVault</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="35"/>
        <source>Counted on %1. Cases in the vault: %2. Deleted cases are not counted.</source>
        <translation>Подсчитано %1. Дел в хранилище: %2. Удалённые дела не учитываются.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="45"/>
        <source>This report contains no names or other personal details.</source>
        <translation>В этом отчёте нет имён и других личных данных.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="51"/>
        <source>Cases by status</source>
        <translation>Дела по статусу</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="53"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="56"/>
        <source>Screening and clearance</source>
        <translation>Проверка и допуск</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="58"/>
        <source>Cleared</source>
        <translation>Допущены</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="59"/>
        <source>Pending</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="60"/>
        <source>Blocked</source>
        <translation>Отклонены</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="62"/>
        <source>Not screened</source>
        <translation>Не проверены</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="66"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="69"/>
        <source>New cases per month</source>
        <translation>Новые дела по месяцам</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="71"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="74"/>
        <source>Cases by country</source>
        <translation>Дела по странам</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="76"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/statistics_report.py" line="79"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../src/casevault/gui/passphrase_strength.py" line="67"/>
        <source>Weak: easy to guess. A well-known password or a single word is tried first. Use four or more random words.</source>
        <translation>Слабая: легко угадать. Широко известные пароли и отдельные слова пробуют первыми. Используйте четыре или больше случайных слов.</translation>
    </message>
</context>
<context>
    <name>UnlockGuardDialog</name>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="41"/>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="42"/>
        <source>Wrong passphrases</source>
        <translation>Неверные парольные фразы</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="45"/>
        <source>If this is on, the vault destroys itself after this many wrong passphrases in a row at the unlock screen, exactly like the panic action. Use it only if a seizure of this laptop is more likely than you forgetting the passphrase: the recovery code cannot bring a destroyed vault back. It does not help if someone copies the vault folder first.</source>
        <translation>Если включено, хранилище уничтожит себя после стольких неверных парольных фраз подряд на экране разблокировки — так же, как по тревоге. Включайте, только если изъятие этого ноутбука вероятнее, чем то, что вы забудете парольную фразу: код восстановления не вернёт уничтоженное хранилище. Это не поможет, если кто-то сначала скопирует папку хранилища.</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="54"/>
        <source>&amp;Destroy the vault after</source>
        <translation>&amp;Уничтожить хранилище после</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="55"/>
        <source>Destroy the vault after wrong passphrases</source>
        <translation>Уничтожать хранилище после неверных парольных фраз</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="60"/>
        <source>Number of wrong passphrases</source>
        <translation>Число неверных парольных фраз</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="61"/>
        <source> wrong passphrases</source>
        <translation> неверных попыток подряд</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="65"/>
        <source>Setting problem</source>
        <translation>Проблема с настройкой</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="70"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="71"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="73"/>
        <location filename="../../src/casevault/gui/unlock_guard_dialog.py" line="74"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/casevault/gui/workspace.py" line="38"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
</context>
<context>
    <name>KeptEditsOffer</name>
    <message>
        <source>Unsaved changes kept</source>
        <translation>Несохранённые изменения сохранены</translation>
    </message>
    <message>
        <source>You had unsaved changes to a new case when the vault locked.</source>
        <translation>Когда хранилище заблокировалось, у вас были несохранённые изменения в новом деле.</translation>
    </message>
    <message>
        <source>You had unsaved changes to case %1 when the vault locked.</source>
        <translation>Когда хранилище заблокировалось, у вас были несохранённые изменения в деле %1.</translation>
    </message>
    <message>
        <source>They were kept, encrypted, in the vault.</source>
        <translation>Они сохранены в хранилище в зашифрованном виде.</translation>
    </message>
    <message>
        <source>&amp;Restore them</source>
        <translation>&amp;Вернуть их</translation>
    </message>
    <message>
        <source>&amp;Discard them</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <source>Duress passphrase</source>
        <translation>Парольная фраза под принуждением</translation>
    </message>
    <message>
        <source>If someone forces you to unlock the vault, type the duress passphrase instead of the real one. It destroys this vault's keys at once, exactly like the panic action, and opens a vault of invented cases, so you are not seen refusing. It does not protect a copy of the vault folder made before (a backup, a disk image), and it does not fool someone who knows this feature exists and compares with such a copy, or who knows your real cases.</source>
        <translation>Если вас заставляют разблокировать хранилище, введите вместо настоящей парольной фразы парольную фразу под принуждением. Она сразу уничтожит ключи этого хранилища — так же, как уничтожение по тревоге, — и откроет хранилище с вымышленными делами, так что со стороны не видно, что вы отказываетесь. Она не защищает копию папки хранилища, сделанную раньше (резервную копию, образ диска), и не обманет того, кто знает об этой возможности и сравнит хранилище с такой копией, или того, кто знает ваши настоящие дела.</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>Повторите парольную фразу под принуждением</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase:</source>
        <translation>&amp;Парольная фраза под принуждением:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Повто&amp;рите её:</translation>
    </message>
    <message>
        <source>Duress passphrase problem</source>
        <translation>Проблема с парольной фразой под принуждением</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Задать</translation>
    </message>
    <message>
        <source>Set the duress passphrase</source>
        <translation>Задать парольную фразу под принуждением</translation>
    </message>
    <message>
        <source>Turn &amp;off</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Turn the duress passphrase off</source>
        <translation>Отключить парольную фразу под принуждением</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the vault</source>
        <translation>Проверить хранилище</translation>
    </message>
    <message>
        <source>Checking every page, the audit trail and signatures…</source>
        <translation>Проверяются все страницы базы данных, журнал аудита и подписи…</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>The vault is sound.</source>
        <translation>Хранилище в порядке.</translation>
    </message>
    <message>
        <source>The vault has problems.</source>
        <translation>В хранилище найдены проблемы.</translation>
    </message>
    <message>
        <source>entry %1 was altered</source>
        <translation>запись %1 изменена</translation>
    </message>
    <message>
        <source>the entry before %1 was altered or removed</source>
        <translation>запись перед %1 изменена или удалена</translation>
    </message>
    <message>
        <source>entry %1 was removed</source>
        <translation>запись %1 удалена</translation>
    </message>
    <message>
        <source>the newest entries (from %1) were removed</source>
        <translation>последние записи (начиная с %1) удалены</translation>
    </message>
    <message>
        <source>The audit trail was tampered with: %1.</source>
        <translation>Журнал аудита подделан: %1.</translation>
    </message>
    <message>
        <source>damaged pages of the database file: %1</source>
        <translation>повреждённые страницы файла базы данных: %1</translation>
    </message>
    <message>
        <source>%1 damaged part(s) of the database file</source>
        <translation>повреждённых частей файла базы данных: %1</translation>
    </message>
    <message>
        <source>Part of the database file is damaged or was altered (%1): it no longer reads back as it was written.</source>
        <translation>Часть файла базы данных повреждена или изменена (%1): она читается не так, как была записана.</translation>
    </message>
    <message>
        <source>The database's tables or indexes are broken (%1 problem(s) found).</source>
        <translation>Таблицы или индексы базы данных повреждены (найдено проблем: %1).</translation>
    </message>
    <message>
        <source>%1 signed evaluation(s) no longer match their signatures: they were altered after signing and must not be relied on.</source>
        <translation>Подписанные оценки больше не совпадают со своими подписями (оценок: %1): их изменили после подписания, и полагаться на них нельзя.</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: the part of the file that holds it is damaged.</source>
        <translation>Журнал аудита невозможно прочитать: повреждена часть файла, в которой он хранится.</translation>
    </message>
    <message>
        <source>The signed evaluations cannot be read: the part of the file that holds them is damaged.</source>
        <translation>Подписанные оценки невозможно прочитать: повреждена часть файла, в которой они хранятся.</translation>
    </message>
    <message>
        <source>Restore a backup copy of the whole vault folder made before the damage (close CaseVault first), then check it again.</source>
        <translation>Восстановите резервную копию всей папки хранилища, сделанную до повреждения (сначала закройте CaseVault), и проверьте её снова.</translation>
    </message>
    <message>
        <source>Ask your partners to send their cases and evaluations again and import them; what you sent them can be sent back to you the same way.</source>
        <translation>Попросите партнёров заново прислать их дела и оценки и импортируйте их; то, что вы отправляли партнёрам, они могут так же прислать вам обратно.</translation>
    </message>
    <message>
        <source>The vault has problems:</source>
        <translation>В хранилище найдены проблемы:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Что делать:</translation>
    </message>
    <message>
        <source>The vault is sound: every page of the database is authentic, its tables and indexes are intact, the audit trail is unbroken (entries: %1) and every signed evaluation verifies (evaluations: %2).</source>
        <translation>Хранилище в порядке: все страницы базы данных подлинные, таблицы и индексы целы, журнал аудита не нарушен (записей: %1), подписи всех оценок верны (оценок: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged part(s) of the database file</source>
        <translation>
            <numerusform>%n повреждённая часть файла базы данных</numerusform>
            <numerusform>%n повреждённые части файла базы данных</numerusform>
            <numerusform>%n повреждённых частей файла базы данных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database's tables or indexes are broken (%n problem(s) found).</source>
        <translation>
            <numerusform>Таблицы или индексы базы данных повреждены (найдена %n проблема).</numerusform>
            <numerusform>Таблицы или индексы базы данных повреждены (найдены %n проблемы).</numerusform>
            <numerusform>Таблицы или индексы базы данных повреждены (найдено %n проблем).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed evaluation(s) no longer match their signatures: they were altered after signing and must not be relied on.</source>
        <translation>
            <numerusform>%n подписанная оценка больше не совпадает со своей подписью: её изменили после подписания, полагаться на неё нельзя.</numerusform>
            <numerusform>%n подписанные оценки больше не совпадают со своими подписями: их изменили после подписания, полагаться на них нельзя.</numerusform>
            <numerusform>%n подписанных оценок больше не совпадают со своими подписями: их изменили после подписания, полагаться на них нельзя.</numerusform>
        </translation>
    </message>
</context>
</TS>
