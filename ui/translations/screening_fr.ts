<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AttachmentViewer</name>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="40" />
      <source>Attachment viewer</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="50" />
      <source>Viewer problem</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="60" />
      <source>This kind of file cannot be shown here.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="64" />
      <source>Zoom &amp;in</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="65" />
      <source>Zoom in</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="66" />
      <source>Zoom in (Ctrl++)</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="67" />
      <source>Zoom &amp;out</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="68" />
      <source>Zoom out</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="69" />
      <source>Zoom out (Ctrl+-)</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="70" />
      <source>&amp;Actual size</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="71" />
      <source>Actual size</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="72" />
      <source>Actual size (Ctrl+0)</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="73" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="74" />
      <source>Close viewer</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="102" />
      <source>This image cannot be shown: the file may be damaged.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="106" />
      <source>Image</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="109" />
      <source>Image, scrollable</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="124" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="134" />
      <source>This PDF is protected by a password and cannot be shown.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="136" />
      <source>This PDF cannot be shown: the file may be damaged.</source>
      <translation type="unfinished"></translation>
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="76" />
      <source>Attachments</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="77" />
      <source>Save the case first; then you can attach files.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="80" />
      <source>Attachments of this case</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="82" />
      <source>File name</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="82" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="82" />
      <source>Size</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="82" />
      <source>Added</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="90" />
      <source>A&amp;dd file…</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="90" />
      <source>Add file</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="91" />
      <source>&amp;View</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="91" />
      <source>View attachment</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="92" />
      <source>E&amp;xport a copy…</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="92" />
      <location filename="../../src/casevault/gui/attachments_panel.py" line="270" />
      <source>Export a copy</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="93" />
      <source>De&amp;lete…</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="93" />
      <location filename="../../src/casevault/gui/attachments_panel.py" line="302" />
      <source>Delete attachment</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="96" />
      <source>Working</source>
      <translation>En cours</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="106" />
      <source>Notice</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="110" />
      <source>Attachment problem</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="161" />
      <source>PDF document</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="163" />
      <source>Image</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="164" />
      <source>Other file</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="224" />
      <source>“%1” is now stored encrypted in the vault. The original file is still on this computer (%2). If it should not stay there, delete it.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="239" />
      <source>This kind of file cannot be shown inside CaseVault. Export a copy to open it with another program.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="271" />
      <source>The copy will not be encrypted.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="273" />
      <source>Anyone who gets hold of the disk or USB stick can read it. Save it only where it is needed, and delete it when it is no longer needed.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="276" />
      <source>&amp;Choose where to save…</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="290" />
      <source>An unencrypted copy was saved to %1. Delete it when it is no longer needed.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="303" />
      <source>Delete “%1” from this case?</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="304" />
      <source>The file is removed from the vault for good. This cannot be undone.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="305" />
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
  </context>
  <context>
    <name>EvaluationDialog</name>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="85" />
      <source>Correct evaluation %1</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="87" />
      <source>Edit draft evaluation %1</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="89" />
      <source>New evaluation</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="96" />
      <source>You are correcting a signed evaluation. The correction is saved as a new draft; it replaces the old evaluation only when you finalise it. The old one stays visible.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="103" />
      <source>About corrections</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="114" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="120" />
      <source>&amp;Save draft</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="121" />
      <source>Save draft</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="123" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="124" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="137" />
      <source>Problem: %1</source>
      <translation>Problème : %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="144" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="147" />
      <source>Evaluator</source>
      <translation>Évaluateur</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="146" />
      <source>&amp;Evaluator:</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="149" />
      <source>Name of a new evaluator</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="150" />
      <source>New evaluator's name</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="152" />
      <source>Role (optional)</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="153" />
      <source>New evaluator's role</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="154" />
      <source>Add e&amp;valuator</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="155" />
      <source>Add evaluator</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="164" />
      <source>New evaluator</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="184" />
      <source>Date of the evaluation</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="185" />
      <source>&amp;Date:</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="186" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="191" />
      <source>Method: %1</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="195" />
      <source>Methods:</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="196" />
      <source>Methods</source>
      <translation>Méthodes</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="199" />
      <source>What was checked</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="200" />
      <source>Checklist</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="207" />
      <source>%1: result</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="211" />
      <source>What was seen</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="212" />
      <source>%1: note</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="227" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="241" />
      <source>Verdict</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="228" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="233" />
      <source>Choose…</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="232" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="243" />
      <source>Confidence</source>
      <translation>Confiance</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="237" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="245" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="240" />
      <source>&amp;Verdict:</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="242" />
      <source>C&amp;onfidence:</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="244" />
      <source>&amp;Notes:</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="299" />
      <source>Not saved: correct the marked field.</source>
      <translation>Non enregistré : corrigez le champ signalé.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="314" />
      <source>Write the evaluator's name.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="334" />
      <source>Choose who evaluated, or add a new evaluator.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="337" />
      <source>Choose a verdict.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="340" />
      <source>Choose how sure the evaluator is.</source>
      <translation type="unfinished"></translation>
    </message>
  </context>
  <context>
    <name>EvaluationsPanel</name>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="72" />
      <source>Evaluations</source>
      <translation>Évaluations</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="73" />
      <source>Save the case first; then it can be screened.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="76" />
      <source>Clearance</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="82" />
      <source>Why</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="84" />
      <source>Evaluations of this case</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="87" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="88" />
      <source>Verdict</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="89" />
      <source>Evaluator</source>
      <translation>Évaluateur</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="90" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="91" />
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="92" />
      <source>Id</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="104" />
      <source>Screening problem</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="105" />
      <source>&amp;New evaluation…</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="105" />
      <source>New evaluation</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="106" />
      <source>Edit d&amp;raft…</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="106" />
      <source>Edit draft</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="107" />
      <source>Delete draft…</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="107" />
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="318" />
      <source>Delete draft</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="109" />
      <source>&amp;Finalise and sign…</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="109" />
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="331" />
      <source>Finalise and sign</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="112" />
      <source>&amp;Correct (supersede)…</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="112" />
      <source>Correct a signed evaluation</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="319" />
      <source>Delete the draft evaluation %1?</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="320" />
      <source>The draft is removed for good. This cannot be undone.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="321" />
      <source>&amp;Delete draft</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="332" />
      <source>Finalise and sign the evaluation %1?</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="336" />
      <source>Once signed, it cannot be changed or deleted afterwards. A mistake can only be corrected by a new evaluation that supersedes it.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="339" />
      <source>&amp;Finalise and sign</source>
      <translation type="unfinished"></translation>
    </message>
  </context>
  <context>
    <name>FileChoosers</name>
    <message>
      <location filename="../../src/casevault/gui/file_choosers.py" line="48" />
      <location filename="../../src/casevault/gui/file_choosers.py" line="52" />
      <source>Choose a file to attach</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/file_choosers.py" line="61" />
      <location filename="../../src/casevault/gui/file_choosers.py" line="66" />
      <source>Save an unencrypted copy as</source>
      <translation type="unfinished"></translation>
    </message>
  </context>
  <context>
    <name>Questions</name>
    <message>
      <location filename="../../src/casevault/gui/questions.py" line="34" />
      <location filename="../../src/casevault/gui/questions.py" line="35" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>ScreeningText</name>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="39" />
      <source>Interview</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="40" />
      <source>Documents</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="41" />
      <source>Open-source check</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="42" />
      <source>References</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="43" />
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="46" />
      <source>Deployment places and dates</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="47" />
      <source>Unit and its record</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="48" />
      <source>Part in operations against civilians</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="49" />
      <source>Call-up proof</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="50" />
      <source>Identity documents</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="53" />
      <source>Not checked</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="54" />
      <source>Checked, no concerns</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="55" />
      <source>Concerns</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="58" />
      <source>Cleared</source>
      <translation>Validé</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="59" />
      <source>Not cleared</source>
      <translation>Non validé</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="60" />
      <source>Inconclusive</source>
      <translation>Non concluante</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="63" />
      <source>Low</source>
      <translation>Faible</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="64" />
      <source>Medium</source>
      <translation>Moyen</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="65" />
      <source>High</source>
      <translation>Élevé</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="68" />
      <source>signed by an organisation whose keys we do not hold</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="71" />
      <source>signed with a key that is not the signer's</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="74" />
      <source>the stored record no longer matches its signatures</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="77" />
      <source>its signed content cannot be read</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="78" />
      <source>what is shown differs from what was signed</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="98" />
      <source>Draft correction of %1</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="101" />
      <source>Draft</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="103" />
      <source>Superseded by %1</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="106" />
      <source>Finalised</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="112" />
      <source>Not signed (draft)</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="114" />
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="116" />
      <source>Verified</source>
      <translation>Vérifié</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="117" />
      <source>Problem: %1</source>
      <translation>Problème : %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="123" />
      <source>This case is cleared.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="124" />
      <source>This case is not cleared: an evaluator found against it.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="127" />
      <source>This case is not cleared yet.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="130" />
      <source>%1's evaluation (%2) is a draft; it counts once finalised.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="133" />
      <source>%1's evaluation (%2) says “not cleared”. Only a correction by %1 can change that.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="137" />
      <source>%1's evaluation (%2) is inconclusive; clearance waits for a correction.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="140" />
      <source>%1's evaluation (%2) was corrected by %3; it no longer counts.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="143" />
      <source>%1's evaluation (%2) is another by the same person; it does not count twice.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="171" />
      <source>%1 of %2 independent evaluations say “cleared”.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="178" />
      <source>Evaluators from at least %1 organisations are needed; so far %2.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="193" />
      <source>Not ready to sign: tick at least one method.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="196" />
      <source>Not ready to sign: a “cleared” verdict needs the check of any part in operations against civilians marked as checked with no concerns.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="207" />
      <source>This evaluation is no longer in the vault.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="210" />
      <source>This evaluator is no longer in the vault.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="213" />
      <source>This id matches several records.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="216" />
      <source>This evaluation is signed and final. To change it, make a correction.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="222" />
      <source>This evaluation is still a draft: edit it instead.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="225" />
      <source>This evaluation already has a correction (%1).</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="228" />
      <source>This evaluator belongs to another organisation; you can only sign for your own.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="235" />
      <source>A case always needs at least %1 independent evaluations.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="240" />
      <source>This record is signed and final; the vault refused to change it.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="245" />
      <source>A signed evaluation cannot be read; the vault may have been altered.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="250" />
      <source>This attachment is no longer in the vault.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="253" />
      <source>This file is too large (the limit is %1 MB). Nothing was changed.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="153" />
      <source>signed by %1, whose keys were revoked on %2</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="156" />
      <source>signed by %1, not verified by short code or fingerprint</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="159" />
      <source>signed by an organisation you do not know (%1)</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="162" />
      <source>signed by %1 with a key that is not theirs</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="181" />
      <source>Evaluation %1 is refused: it claims to correct an evaluation signed by another organisation.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="186" />
      <source>Evaluation %1 is refused: it names as its evaluator a person of another organisation.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="190" />
      <source>Evaluation %1 is refused: it is signed with keys you revoked.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="202" />
      <source>%1 new evaluation(s) signed by organisations you have not verified: kept for reference, not counted towards clearance.</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="214" />
      <source>Not counted</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="223" />
      <source>The evaluation %1 does not count: %2.</source>
      <translation type="unfinished"></translation>
    </message>
  </context>
  <context>
    <name>CaseEditor</name>
    <message>
      <source>&amp;Evaluations</source>
      <translation type="unfinished"></translation>
    </message>
    <message>
      <source>&amp;Attachments</source>
      <translation type="unfinished"></translation>
    </message>
  </context>
</TS>