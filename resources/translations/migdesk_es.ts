<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MigDesk</source>
        <translation>Acerca de MigDesk</translation>
    </message>
    <message>
        <source>Meetings, mandates and follow-up of the OAS Special Committee on Migration Issues (CEAM) and the regional processes it works with, kept offline on your computer and exchanged between delegates as files.</source>
        <translation>Reuniones, mandatos y seguimiento de la Comisión Especial de Asuntos Migratorios (CEAM) de la OEA y de los procesos regionales con los que colabora, guardados sin conexión en su computadora e intercambiados entre delegados como archivos.</translation>
    </message>
    <message>
        <source>Qt %1 · PySide6 %2</source>
        <translation>Qt %1 · PySide6 %2</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>MigDesk</source>
        <translation>MigDesk</translation>
    </message>
    <message>
        <source>Qt and PySide6</source>
        <translation>Qt y PySide6</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>Fuentes DejaVu</translation>
    </message>
    <message>
        <source>Icons</source>
        <translation>Iconos</translation>
    </message>
    <message>
        <source>MigDesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.

MigDesk is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details: https://www.gnu.org/licenses/gpl-3.0.html

SPDX-License-Identifier: GPL-3.0-or-later</source>
        <translation>MigDesk es software libre: puede redistribuirlo o modificarlo según los términos de la Licencia Pública General de GNU publicada por la Free Software Foundation, ya sea la versión 3 de la Licencia o (a su elección) cualquier versión posterior.

MigDesk se distribuye con la esperanza de que sea útil, pero SIN GARANTÍA ALGUNA; ni siquiera la garantía implícita de COMERCIABILIDAD o IDONEIDAD PARA UN PROPÓSITO PARTICULAR. Consulte la Licencia Pública General de GNU para más detalles: https://www.gnu.org/licenses/gpl-3.0.html

SPDX-License-Identifier: GPL-3.0-or-later</translation>
    </message>
    <message>
        <source>MigDesk uses Qt %1 through PySide6 %2 (Qt for Python), both by The Qt Company and contributors, under the GNU Lesser General Public License version 3 (LGPL-3.0). MigDesk links to the unmodified Qt and PySide6 libraries dynamically; you may replace them with your own builds.

Source code and licence texts: https://www.qt.io/licensing/ , https://code.qt.io/ and https://www.gnu.org/licenses/lgpl-3.0.html

Other libraries: SQLAlchemy and Alembic (MIT), ReportLab (BSD), pypdf (BSD), pypdfium2 (Apache-2.0 / BSD), platformdirs (MIT), icalendar (BSD), jsonschema (MIT).</source>
        <translation>MigDesk usa Qt %1 mediante PySide6 %2 (Qt for Python), ambos de The Qt Company y colaboradores, bajo la Licencia Pública General Reducida de GNU versión 3 (LGPL-3.0). MigDesk se enlaza dinámicamente con las bibliotecas Qt y PySide6 sin modificar; puede sustituirlas por sus propias compilaciones.

Código fuente y textos de las licencias: https://www.qt.io/licensing/ , https://code.qt.io/ y https://www.gnu.org/licenses/lgpl-3.0.html

Otras bibliotecas: SQLAlchemy y Alembic (MIT), ReportLab (BSD), pypdf (BSD), pypdfium2 (Apache-2.0 / BSD), platformdirs (MIT), icalendar (BSD), jsonschema (MIT).</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Counterpart:</source>
        <translation>&amp;Contraparte:</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Even&amp;t:</source>
        <translation>Even&amp;to:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>AgendaItemForm</name>
    <message>
        <source>Agenda item</source>
        <translation>Tema del orden del día</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>AliasesEdit</name>
    <message>
        <source>Name</source>
        <extracomment>How a name&apos;s cell starts editing (none in a read-only form).</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Add another name</source>
        <translation>Añadir otro nombre</translation>
    </message>
    <message>
        <source>Remove the selected name</source>
        <translation>Quitar el nombre seleccionado</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Attach File…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Abrir el archivo seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Quitar el archivo seleccionado</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>Adjuntar archivo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Archivos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Please Wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this record while you were editing it (another window, the command line or a colleague on the same database). Choose the value to keep for each field; the other stays in the undo history.</source>
        <translation>Otra persona cambió este registro mientras usted lo editaba (otra ventana, la línea de comandos o un colega en la misma base de datos). Elija el valor que se conservará en cada campo; el otro queda en el historial de deshacer.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>A value you typed cannot be used.</source>
        <translation>Un valor que usted escribió no se puede usar.</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Fields in dispute: your value and the other writer&apos;s</source>
        <translation>Campos en disputa: su valor y el de la otra persona</translation>
    </message>
</context>
<context>
    <name>ConflictTable</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>El mío</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>El suyo</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>deleted (%1)</source>
        <translation>eliminado (%1)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>Value to use for %1</source>
        <translation>Valor que se usará para %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar el suyo</translation>
    </message>
    <message>
        <source>Your own value for %1</source>
        <translation>Su propio valor para %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The keys cannot be read.</source>
        <translation>No se pueden leer las claves.</translation>
    </message>
    <message>
        <source>The name was not changed.</source>
        <translation>No se cambió el nombre.</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Quitar contacto</translation>
    </message>
    <message>
        <source>Forget the key of %1?</source>
        <translation>¿Olvidar la clave de %1?</translation>
    </message>
    <message>
        <source>Their next file will be shown as coming from a new contact.</source>
        <translation>Su próximo archivo se mostrará como procedente de un contacto nuevo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Export My Identity</source>
        <translation>Exportar mi identidad</translation>
    </message>
    <message>
        <source>Identity files (*.age)</source>
        <translation>Archivos de identidad (*.age)</translation>
    </message>
    <message>
        <source>Choose a passphrase for the file: it holds your private keys. You type it again on the new computer.</source>
        <translation>Elija una frase de contraseña para el archivo: contiene sus claves privadas. Deberá escribirla de nuevo en la otra computadora.</translation>
    </message>
    <message>
        <source>The identity was not exported.</source>
        <translation>No se exportó la identidad.</translation>
    </message>
    <message>
        <source>Import My Identity</source>
        <translation>Importar mi identidad</translation>
    </message>
    <message>
        <source>Identity files (*.age);;All files (*)</source>
        <translation>Archivos de identidad (*.age);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Sign and decrypt with the identity in %1 from now on?</source>
        <translation>¿Firmar y descifrar con la identidad de %1 a partir de ahora?</translation>
    </message>
    <message>
        <source>The current keys are kept aside (identity.previous.json).</source>
        <translation>Las claves actuales se guardan aparte (identity.previous.json).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>The passphrase the identity was exported with:</source>
        <translation>La frase de contraseña con la que se exportó la identidad:</translation>
    </message>
    <message>
        <source>The identity was not imported.</source>
        <translation>No se importó la identidad.</translation>
    </message>
    <message>
        <source>Contacts and Keys</source>
        <translation>Contactos y claves</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Esta instalación</translation>
    </message>
    <message>
        <source>&amp;Signs as:</source>
        <translation>&amp;Firma como:</translation>
    </message>
    <message>
        <source>The name your files are signed with</source>
        <translation>El nombre con el que se firman sus archivos</translation>
    </message>
    <message>
        <source>Key (words):</source>
        <translation>Clave (palabras):</translation>
    </message>
    <message>
        <source>Your key as words, to read out by phone</source>
        <translation>Su clave en palabras, para leerla por teléfono</translation>
    </message>
    <message>
        <source>&amp;Encryption key:</source>
        <translation>Clave de &amp;cifrado:</translation>
    </message>
    <message>
        <source>Your age key: colleagues encrypt files for you with it</source>
        <translation>Su clave age: sus colegas la usan para cifrar archivos para usted</translation>
    </message>
    <message>
        <source>E&amp;xport My Identity…</source>
        <translation>E&amp;xportar mi identidad…</translation>
    </message>
    <message>
        <source>Export my identity, protected by a passphrase, for a new computer</source>
        <translation>Exportar mi identidad, protegida con una frase de contraseña, para otra computadora</translation>
    </message>
    <message>
        <source>&amp;Import My Identity…</source>
        <translation>&amp;Importar mi identidad…</translation>
    </message>
    <message>
        <source>Import my identity exported on another computer</source>
        <translation>Importar mi identidad exportada en otra computadora</translation>
    </message>
    <message>
        <source>Contacts: the keys that signed the files you imported. A file from one of these installations signed by another key is refused until you accept it.</source>
        <translation>Contactos: las claves que firmaron los archivos que usted importó. Un archivo de una de estas instalaciones firmado con otra clave se rechaza hasta que usted lo acepte.</translation>
    </message>
    <message>
        <source>Contacts and their keys</source>
        <translation>Contactos y sus claves</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Known since</source>
        <translation>Conocido desde</translation>
    </message>
    <message>
        <source>Key (words)</source>
        <translation>Clave (palabras)</translation>
    </message>
    <message>
        <source>&amp;Remove Contact</source>
        <translation>&amp;Quitar contacto</translation>
    </message>
    <message>
        <source>Forget the selected contact&apos;s key</source>
        <translation>Olvidar la clave del contacto seleccionado</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Choose a date (Alt+Down)</source>
        <translation>Elegir una fecha (Alt+Abajo)</translation>
    </message>
    <message>
        <source>“{0}” is not a date: use YYYY-MM-DD, e.g. 2009-02-13</source>
        <translation>«{0}» no es una fecha: use AAAA-MM-DD, p. ej. 2009-02-13</translation>
    </message>
    <message>
        <source>There is no month {0}: months go from 01 to 12</source>
        <translation>No existe el mes {0}: los meses van de 01 a 12</translation>
    </message>
    <message>
        <source>{0} {1} has no day {2}</source>
        <translation>{0} {1} no tiene día {2}</translation>
    </message>
    <message>
        <source>Choose {0} from a calendar</source>
        <translation>Elegir {0} en un calendario</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Tema del orden del día:</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema del orden del día</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Signatura:</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>D&amp;istribution:</source>
        <translation>D&amp;istribución:</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Clasificación:</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Ó&amp;rgano:</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Not Saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Use an earlier value of %1</source>
        <translation>Usar un valor anterior de %1</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1 records</source>
        <translation>Eliminar %1 registros</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”?</source>
        <translation>¿Eliminar «%2» (%1)?</translation>
    </message>
    <message>
        <source>Delete these %1 records?</source>
        <translation>¿Eliminar estos %1 registros?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>It takes with it: %1.</source>
        <translation>Se eliminan también: %1.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>MigDesk ran into a problem it did not expect.</source>
        <translation>MigDesk encontró un problema que no esperaba.</translation>
    </message>
    <message>
        <source>Nothing you entered is lost: every change is saved as soon as it is made. You can close this message and keep working. If it happens again, please copy the details below into a report to the MigDesk developers.</source>
        <translation>No se ha perdido nada de lo que introdujo: cada cambio se guarda en cuanto se hace. Puede cerrar este mensaje y seguir trabajando. Si vuelve a ocurrir, copie los detalles de abajo en un informe para los desarrolladores de MigDesk.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copiar los detalles</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>a value is required</source>
        <extracomment>reason code -&gt; the sentence; {name} stands for the error&apos;s params[name].</extracomment>
        <translation>se requiere un valor</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>se esperaba un texto</translation>
    </message>
    <message>
        <source>text may not contain NUL characters</source>
        <translation>el texto no puede contener caracteres NUL</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» no es un número entero</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD, e.g. 2009-02-13)</source>
        <translation>«{value}» no es una fecha (use AAAA-MM-DD, p. ej. 2009-02-13)</translation>
    </message>
    <message>
        <source>“{value}” is not a day of the calendar</source>
        <translation>«{value}» no es un día del calendario</translation>
    </message>
    <message>
        <source>“{value}” is not a time (use HH:MM)</source>
        <translation>«{value}» no es una hora (use HH:MM)</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices</source>
        <translation>«{value}» no es una de las opciones</translation>
    </message>
    <message>
        <source>expected a JSON value</source>
        <translation>se esperaba un valor JSON</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <source>unknown field (fields: {fields})</source>
        <translation>campo desconocido (campos: {fields})</translation>
    </message>
    <message>
        <source>is set by MigDesk and cannot be changed</source>
        <translation>lo fija MigDesk y no se puede cambiar</translation>
    </message>
    <message>
        <source>an organization cannot be its own ancestor</source>
        <translation>una organización no puede formar parte de sí misma</translation>
    </message>
    <message>
        <source>ends ({end}) before it starts ({start})</source>
        <translation>termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <source>this field already has a translation into {language}: change its text instead</source>
        <translation>este campo ya tiene una traducción al {language}: modifique su texto</translation>
    </message>
    <message>
        <source>cannot be changed once the translation exists (delete it and add another)</source>
        <translation>no puede cambiarse una vez creada la traducción (elimínela y agregue otra)</translation>
    </message>
    <message>
        <source>“{id}” is not the id of a {kind} (a UUID or its first 8 characters or more)</source>
        <translation>«{id}» no es un identificador de {kind} (un UUID o sus primeros 8 caracteres o más)</translation>
    </message>
    <message>
        <source>no {kind} has the id “{id}”</source>
        <translation>no existe {kind} con el identificador «{id}»</translation>
    </message>
    <message>
        <source>the id prefix “{id}” matches several records: give more of it</source>
        <translation>el comienzo de identificador «{id}» corresponde a varios registros: indique más caracteres</translation>
    </message>
    <message>
        <source>no colleague installation “{id}” (files were never exchanged with it)</source>
        <translation>no existe la instalación de colega «{id}» (nunca se intercambiaron archivos con ella)</translation>
    </message>
    <message>
        <source>“{id}” matches several colleague installations: give more of it</source>
        <translation>«{id}» corresponde a varias instalaciones de colegas: indique más caracteres</translation>
    </message>
    <message>
        <source>no meetings match: choose meetings or a period that holds some</source>
        <translation>ninguna reunión corresponde: elija reuniones o un período que las contenga</translation>
    </message>
    <message>
        <source>cannot delete the {kind} “{label}”: {count} other record(s) still refer to it ({referrers})</source>
        <translation>no se puede eliminar «{label}» ({kind}): {count} registro(s) todavía hacen referencia a él ({referrers})</translation>
    </message>
    <message>
        <source>the {kind} “{label}” was changed by another writer since it was read (now version {current}): {fields} not saved</source>
        <translation>«{label}» ({kind}) fue modificado por otra persona después de leído (ahora versión {current}): no se guardó {fields}</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {detail}</source>
        <translation>{file} no puede importarse: {detail}</translation>
    </message>
    <message>
        <source>{file} was refused as unsafe, and nothing was imported ({detail})</source>
        <translation>{file} se rechazó por no ser seguro y no se importó nada ({detail})</translation>
    </message>
    <message>
        <source>{file} is not a MigDesk exchange file</source>
        <translation>{file} no es un archivo de intercambio de MigDesk</translation>
    </message>
    <message>
        <source>{file} was made by a newer MigDesk: update MigDesk to import it</source>
        <translation>{file} fue creado por una versión más reciente de MigDesk: actualice MigDesk para importarlo</translation>
    </message>
    <message>
        <source>the signature of {file} does not verify: the file was changed after it was signed, or signed by another key than the one it names</source>
        <translation>la firma de {file} no es válida: el archivo se modificó después de firmado, o lo firmó otra clave que la que indica</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: el archivo no existe</translation>
    </message>
    <message>
        <source>{file} cannot be read ({detail})</source>
        <translation>{file} no puede leerse ({detail})</translation>
    </message>
    <message>
        <source>{file} is encrypted with a passphrase: give the passphrase</source>
        <translation>{file} está cifrado con una frase de contraseña: indíquela</translation>
    </message>
    <message>
        <source>{file}: wrong passphrase (or the file was changed)</source>
        <translation>{file}: frase de contraseña incorrecta (o el archivo fue modificado)</translation>
    </message>
    <message>
        <source>{file} cannot be decrypted: {detail}</source>
        <translation>{file} no puede descifrarse: {detail}</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 was changed by another writer since you began: %2 not saved.</source>
        <translation>%1: otra persona lo cambió después de que usted empezara; no se guardó: %2.</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>el registro</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation>Fi&amp;n:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>&amp;Organizer:</source>
        <translation>&amp;Organizador:</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export exchange file</source>
        <translation>Exportar archivo de intercambio</translation>
    </message>
    <message>
        <source>Export for a Colleague</source>
        <translation>Exportar para un colega</translation>
    </message>
    <message>
        <source>Write a file to hand to a colleague (by USB key or e-mail). They import it into their MigDesk; nothing they changed is overwritten.</source>
        <translation>Escriba un archivo para entregar a un colega (en memoria USB o por correo electrónico). Su colega lo importa en su MigDesk; no se sobrescribe nada de lo que haya cambiado.</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Todo</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Exportar todo</translation>
    </message>
    <message>
        <source>Chosen &amp;meetings, with what they refer to</source>
        <translation>&amp;Reuniones elegidas, con lo que citan</translation>
    </message>
    <message>
        <source>Export chosen meetings</source>
        <translation>Exportar las reuniones elegidas</translation>
    </message>
    <message>
        <source>&amp;Changes since the last file to a colleague</source>
        <translation>&amp;Cambios desde el último archivo enviado a un colega</translation>
    </message>
    <message>
        <source>Export changes since the last file sent to a colleague</source>
        <translation>Exportar los cambios desde el último archivo enviado a un colega</translation>
    </message>
    <message>
        <source>Meetings to export</source>
        <translation>Reuniones que exportar</translation>
    </message>
    <message>
        <source>Colleague&apos;s installation</source>
        <translation>Instalación del colega</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 (last file sent: %2)</source>
        <translation>%1 (último archivo enviado: %2)</translation>
    </message>
    <message>
        <source>Import a file from a colleague first.</source>
        <translation>Importe primero un archivo de un colega.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que escribir</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Elegir el archivo que escribir</translation>
    </message>
    <message>
        <source>Colleague:</source>
        <translation>Colega:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Write the exchange file</source>
        <translation>Escribir el archivo de intercambio</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Cerrar sin exportar</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Signed only (anyone holding the file can read it)</source>
        <translation>Solo firmado (cualquiera que tenga el archivo puede leerlo)</translation>
    </message>
    <message>
        <source>Signed only, not encrypted</source>
        <translation>Solo firmado, sin cifrar</translation>
    </message>
    <message>
        <source>Encrypted with a &amp;passphrase:</source>
        <translation>Cifrado con una &amp;frase de contraseña:</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Cifrar con una frase de contraseña</translation>
    </message>
    <message>
        <source>Send the passphrase another way than the file: read it out by phone or send it by text message, never in the same e-mail.</source>
        <translation>Envíe la frase de contraseña por otra vía que el archivo: léala por teléfono o envíela por mensaje de texto, nunca en el mismo correo electrónico.</translation>
    </message>
    <message>
        <source>Encrypted for &amp;contacts (only they can open it):</source>
        <translation>Cifrado para &amp;contactos (solo ellos pueden abrirlo):</translation>
    </message>
    <message>
        <source>Encrypt for contacts</source>
        <translation>Cifrar para contactos</translation>
    </message>
    <message>
        <source>Contacts who can open the file</source>
        <translation>Contactos que pueden abrir el archivo</translation>
    </message>
    <message>
        <source>Other age keys, separated by spaces</source>
        <translation>Otras claves age, separadas por espacios</translation>
    </message>
    <message>
        <source>Other keys: age1… (separated by spaces)</source>
        <translation>Otras claves: age1… (separadas por espacios)</translation>
    </message>
    <message>
        <source>MigDesk exchange files (*.migdesk)</source>
        <translation>Archivos de intercambio de MigDesk (*.migdesk)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>No se escribió el archivo.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Acronym</source>
        <extracomment>A field&apos;s English title (FieldSpec.title) -&gt; itself, marked for the translators.</extracomment>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adoptada el</translation>
    </message>
    <message>
        <source>Agenda document</source>
        <translation>Documento del orden del día</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema del orden del día</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invitado por</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Mandate ids</source>
        <translation>Mandatos (ids)</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Tipo de medio</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Order of business document</source>
        <translation>Documento del orden de los trabajos</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Position or title</source>
        <translation>Cargo o título</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Speaker ids</source>
        <translation>Oradores (ids)</translation>
    </message>
    <message>
        <source>Speaker kind</source>
        <translation>Tipo de orador</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Summary symbol</source>
        <translation>Signatura del resumen</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Export Meeting &amp;Summary…</source>
        <translation>Exportar el &amp;resumen de la reunión…</translation>
    </message>
    <message>
        <source>Write the selected meeting&apos;s summary as a PDF</source>
        <translation>Escribir el resumen de la reunión seleccionada en PDF</translation>
    </message>
    <message>
        <source>&amp;Briefing Packet…</source>
        <translation>&amp;Carpeta informativa…</translation>
    </message>
    <message>
        <source>Print several meetings with their mandates, actions and events as one PDF</source>
        <translation>Imprimir varias reuniones con sus mandatos, acciones y eventos en un solo PDF</translation>
    </message>
    <message>
        <source>Pre&amp;view PDF…</source>
        <translation>&amp;Vista previa de un PDF…</translation>
    </message>
    <message>
        <source>Show a PDF file and print it</source>
        <translation>Mostrar un archivo PDF e imprimirlo</translation>
    </message>
    <message>
        <source>&amp;Import Exchange File…</source>
        <translation>&amp;Importar archivo de intercambio…</translation>
    </message>
    <message>
        <source>Preview and merge a file from a colleague</source>
        <translation>Ver e incorporar un archivo de un colega</translation>
    </message>
    <message>
        <source>Import &amp;Report…</source>
        <translation>Importar &amp;informe…</translation>
    </message>
    <message>
        <source>Read a meeting&apos;s report (.txt, .docx, .pdf) into a draft to review</source>
        <translation>Leer el informe de una reunión (.txt, .docx, .pdf) en un borrador para revisar</translation>
    </message>
    <message>
        <source>&amp;Export for a Colleague…</source>
        <translation>&amp;Exportar para un colega…</translation>
    </message>
    <message>
        <source>Write an exchange file for a colleague&apos;s MigDesk</source>
        <translation>Escribir un archivo de intercambio para el MigDesk de un colega</translation>
    </message>
    <message>
        <source>Contacts and &amp;Keys…</source>
        <translation>Contactos y &amp;claves…</translation>
    </message>
    <message>
        <source>Your signing key, colleagues&apos; keys, and moving your identity</source>
        <translation>Su clave de firma, las claves de sus colegas y el traslado de su identidad</translation>
    </message>
    <message>
        <source>Export &amp;Calendar (.ics)…</source>
        <translation>Exportar el &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>Write meetings, events and due dates for a calendar program</source>
        <translation>Escribir reuniones, eventos y fechas límite para un programa de calendario</translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV…</source>
        <translation>Exportar la &amp;tabla como CSV…</translation>
    </message>
    <message>
        <source>Write every record of the kind the table shows, for a spreadsheet</source>
        <translation>Escribir todos los registros del tipo que muestra la tabla, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Preview PDF</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Archivos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Exchange File</source>
        <translation>Importar archivo de intercambio</translation>
    </message>
    <message>
        <source>MigDesk exchange files (*.migdesk)</source>
        <translation>Archivos de intercambio de MigDesk (*.migdesk)</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Importar informe</translation>
    </message>
    <message>
        <source>Meeting reports (*.txt *.docx *.pdf)</source>
        <translation>Informes de reuniones (*.txt *.docx *.pdf)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exportar el calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>%1 calendar entries written to %2</source>
        <translation>%1 entradas de calendario escritas en %2</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Exportar la tabla como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 filas escritas en %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>No se escribió el archivo.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>MigDesk could not open %1.</source>
        <translation>MigDesk no pudo abrir %1.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Abrir otra…</translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation>Nueva base de datos…</translation>
    </message>
    <message>
        <source>MigDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de MigDesk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>Choose another name, or use Open Database to open it.</source>
        <translation>Elija otro nombre, o use Abrir base de datos para abrirla.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar el menú</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Todavía no hay copias de seguridad de esta base de datos.</translation>
    </message>
    <message>
        <source>MigDesk makes one before every upgrade and every restore.</source>
        <translation>MigDesk hace una antes de cada actualización y de cada restauración.</translation>
    </message>
    <message>
        <source>Replace the database with the chosen backup?</source>
        <translation>¿Sustituir la base de datos por la copia de seguridad elegida?</translation>
    </message>
    <message>
        <source>Changes made since that backup will no longer be in the database. The database as it is now is backed up first, and this session&apos;s undo history is cleared.</source>
        <translation>Los cambios hechos después de esa copia ya no estarán en la base de datos. Antes se hace una copia de seguridad de la base de datos tal como está, y se borra el historial de deshacer de esta sesión.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Welcome to MigDesk</source>
        <translation>Bienvenido a MigDesk</translation>
    </message>
    <message>
        <source>This database is empty. Load the demo, the CEAM meeting of 13 February 2009?</source>
        <translation>Esta base de datos está vacía. ¿Cargar la demostración, la reunión de la CEAM del 13 de febrero de 2009?</translation>
    </message>
    <message>
        <source>The demo holds the meeting&apos;s report as records: the bodies, resolutions, documents, interventions, follow-up actions and events. You can undo the load.</source>
        <translation>La demostración contiene el informe de la reunión en forma de registros: los órganos, resoluciones, documentos, intervenciones, acciones de seguimiento y eventos. Puede deshacer la carga.</translation>
    </message>
    <message>
        <source>Load the Demo</source>
        <translation>Cargar la demostración</translation>
    </message>
    <message>
        <source>This import cannot be undone record by record. The backup made just before it (File &gt; Restore Backup) can bring the database back.</source>
        <translation>Esta importación no se puede deshacer registro por registro. La copia de seguridad hecha justo antes (Archivo &gt; Restaurar copia de seguridad) puede devolver la base de datos a su estado anterior.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>This MigDesk cannot import exchange files yet.</source>
        <translation>Este MigDesk todavía no puede importar archivos de intercambio.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>local value of a conflict not kept</source>
        <translation>valor local de un conflicto no conservado</translation>
    </message>
    <message>
        <source>incoming value of a conflict not kept</source>
        <translation>valor recibido de un conflicto no conservado</translation>
    </message>
    <message>
        <source>superseded by a later change that knew it</source>
        <translation>reemplazado por un cambio posterior que lo conocía</translation>
    </message>
    <message>
        <source>edit to a record deleted here</source>
        <translation>modificación de un registro eliminado aquí</translation>
    </message>
    <message>
        <source>deletion from %1 not applied: %2 still need(s) it</source>
        <translation>eliminación de %1 no aplicada: %2 todavía lo necesita(n)</translation>
    </message>
    <message>
        <source>value from %1 refers to a deleted record</source>
        <translation>el valor de %1 remite a un registro eliminado</translation>
    </message>
    <message>
        <source>arrived from %1 needing deleted record %2</source>
        <translation>llegó de %1 y necesita el registro eliminado %2</translation>
    </message>
    <message>
        <source>local edit replaced by import from %1</source>
        <translation>modificación local reemplazada por la importación de %1</translation>
    </message>
    <message>
        <source>import of %1 from %2</source>
        <translation>importación de %1 desde %2</translation>
    </message>
    <message>
        <source>Values %1 did not keep: from conflicts, changes made after them, and edits that met a deletion. Nothing here is lost.</source>
        <translation>Valores que %1 no conservó: de conflictos, de cambios posteriores y de modificaciones que coincidieron con una eliminación. Aquí no se pierde nada.</translation>
    </message>
    <message>
        <source>“%1” has kept every value it was given.</source>
        <translation>«%1» ha conservado todos los valores que recibió.</translation>
    </message>
    <message>
        <source>this database</source>
        <translation>esta base de datos</translation>
    </message>
    <message>
        <source>installation %1</source>
        <translation>instalación %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Record History</source>
        <translation>Historial del registro</translation>
    </message>
    <message>
        <source>Values set aside</source>
        <translation>Valores apartados</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Why it was set aside</source>
        <translation>Por qué se apartó</translation>
    </message>
    <message>
        <source>&amp;Use this Value</source>
        <translation>&amp;Usar este valor</translation>
    </message>
    <message>
        <source>Put the selected value back into the record (you can undo it)</source>
        <translation>Volver a poner el valor seleccionado en el registro (puede deshacerlo)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import exchange file</source>
        <translation>Importar archivo de intercambio</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Who signed the file</source>
        <translation>Quién firmó el archivo</translation>
    </message>
    <message>
        <source>I compared the words with the sender (by phone, in person): accept this key</source>
        <translation>Comparé las palabras con el remitente (por teléfono, en persona): aceptar esta clave</translation>
    </message>
    <message>
        <source>Accept the signer&apos;s new key</source>
        <translation>Aceptar la nueva clave del firmante</translation>
    </message>
    <message>
        <source>Records the file changes</source>
        <translation>Registros que cambia el archivo</translation>
    </message>
    <message>
        <source>Conflicts: your value and your colleague&apos;s</source>
        <translation>Conflictos: su valor y el de su colega</translation>
    </message>
    <message>
        <source>These fields were changed both here and by your colleague since you last exchanged files. Choose per field; the value not used is kept in the record&apos;s history.</source>
        <translation>Estos campos se cambiaron aquí y también en el equipo de su colega desde el último intercambio de archivos. Elija para cada campo; el valor no usado se conserva en el historial del registro.</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Conservar todos los míos</translation>
    </message>
    <message>
        <source>Keep all my values</source>
        <translation>Conservar todos mis valores</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Tomar todos los suyos</translation>
    </message>
    <message>
        <source>Take all my colleague&apos;s values</source>
        <translation>Tomar todos los valores de mi colega</translation>
    </message>
    <message>
        <source>Changes and conflicts</source>
        <translation>Cambios y conflictos</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import the file with these choices</source>
        <translation>Importar el archivo con estas elecciones</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>%1 is encrypted with a passphrase. The sender gives it to you by another way than the file (phone, message).</source>
        <translation>%1 está cifrado con una frase de contraseña. El remitente se la comunica por otra vía que el archivo (teléfono, mensaje).</translation>
    </message>
    <message>
        <source>That passphrase does not open the file. Try again.</source>
        <translation>Esa frase de contraseña no abre el archivo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>%1: exported on %2 by installation %3.</source>
        <translation>%1: exportado el %2 por la instalación %3.</translation>
    </message>
    <message>
        <source>Made by an older MigDesk (exchange format %1): records are merged with the version last exchanged.</source>
        <translation>Creado por un MigDesk anterior (formato de intercambio %1): los registros se combinan con la última versión intercambiada.</translation>
    </message>
    <message>
        <source>Added %1 · Updated %2 · Deleted %3 · Unchanged %4 · In conflict %5</source>
        <translation>Añadidos %1 · Actualizados %2 · Eliminados %3 · Sin cambios %4 · En conflicto %5</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
    <message>
        <source>Encrypted. %1</source>
        <translation>Cifrado. %1</translation>
    </message>
    <message>
        <source>NOT SIGNED, although files from %1 (%2) have been signed before</source>
        <translation>NO FIRMADO, aunque los archivos de %1 (%2) se firmaron antes</translation>
    </message>
    <message>
        <source>Not signed (made by an older MigDesk): who made it cannot be checked</source>
        <translation>No firmado (creado por un MigDesk anterior): no se puede comprobar quién lo hizo</translation>
    </message>
    <message>
        <source>Signed by %1 (%2), key %3: a new contact (compare the words with the sender by phone)</source>
        <translation>Firmado por %1 (%2), clave %3: un contacto nuevo (compare las palabras con el remitente por teléfono)</translation>
    </message>
    <message>
        <source>Signed by %1 (%2), key %3: the key known for this installation</source>
        <translation>Firmado por %1 (%2), clave %3: la clave conocida de esta instalación</translation>
    </message>
    <message>
        <source>Signed by %1 (%2), key %3: A DIFFERENT KEY from the one known since %4 (%5)</source>
        <translation>Firmado por %1 (%2), clave %3: UNA CLAVE DISTINTA de la conocida desde %4 (%5)</translation>
    </message>
    <message>
        <source>Signed by %1 (%2), key %3</source>
        <translation>Firmado por %1 (%2), clave %3</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message>
        <source>A value you typed cannot be used.</source>
        <translation>Un valor que escribió no se puede usar.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed.</source>
        <translation>No se importó el archivo; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>InterventionForm</name>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Tema del orden del día:</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tema del orden del día</translation>
    </message>
    <message>
        <source>&amp;Speaker is:</source>
        <translation>&amp;El orador es:</translation>
    </message>
    <message>
        <source>Speaker is</source>
        <translation>El orador es</translation>
    </message>
    <message>
        <source>S&amp;peaker as printed:</source>
        <translation>Orador &amp;como figura impreso:</translation>
    </message>
    <message>
        <source>Speaker as printed</source>
        <translation>Orador como figura impreso</translation>
    </message>
    <message>
        <source>Spea&amp;kers:</source>
        <translation>Orado&amp;res:</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Oradores</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>InvitationForm</name>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Eve&amp;nt:</source>
        <translation>Eve&amp;nto:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>&amp;Invited:</source>
        <translation>&amp;Invitado:</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Invited &amp;by:</source>
        <translation>Invitado &amp;por:</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invitado por</translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>organization</source>
        <extracomment>kind -&gt; (one, several, the title of the New … dialog)</extracomment>
        <translation>organización</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>Nueva organización</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>office</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>offices</source>
        <translation>cargos</translation>
    </message>
    <message>
        <source>New Office</source>
        <translation>Nuevo cargo</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolución</translation>
    </message>
    <message>
        <source>resolutions</source>
        <translation>resoluciones</translation>
    </message>
    <message>
        <source>New Resolution</source>
        <translation>Nueva resolución</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>párrafo</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>párrafos</translation>
    </message>
    <message>
        <source>New Paragraph</source>
        <translation>Nuevo párrafo</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <source>New Document</source>
        <translation>Nuevo documento</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>reuniones</translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>tema del orden del día</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>temas del orden del día</translation>
    </message>
    <message>
        <source>New Agenda Item</source>
        <translation>Nuevo tema del orden del día</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervención</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>intervenciones</translation>
    </message>
    <message>
        <source>New Intervention</source>
        <translation>Nueva intervención</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>decisiones</translation>
    </message>
    <message>
        <source>New Decision</source>
        <translation>Nueva decisión</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acciones</translation>
    </message>
    <message>
        <source>New Action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>invitación</translation>
    </message>
    <message>
        <source>invitations</source>
        <translation>invitaciones</translation>
    </message>
    <message>
        <source>New Invitation</source>
        <translation>Nueva invitación</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>anexo</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>anexos</translation>
    </message>
    <message>
        <source>New Attachment</source>
        <translation>Nuevo anexo</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>traducciones</translation>
    </message>
    <message>
        <source>New Translation</source>
        <translation>Nueva traducción</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>MigDesk will be in %1 the next time it starts.</source>
        <translation>MigDesk estará en %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>While %1 is set, it decides the language instead (now: %2).</source>
        <translation>Mientras %1 esté definida, es ella la que decide el idioma (ahora: %2).</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main panes</source>
        <translation>Paneles principales</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>Tal como se abrió</translation>
    </message>
    <message>
        <source>Browse, search and history</source>
        <translation>Explorar, buscar e historial</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Side panel tabs</source>
        <translation>Pestañas del panel lateral</translation>
    </message>
    <message>
        <source>%1 (read only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Print, Export and Import go above this separator (MainWindow.add_file_actions).</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Add to &amp;Meeting</source>
        <translation>Añadir a la &amp;reunión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>%1: left %2 alone, changed by another writer since</source>
        <translation>%1: no se tocó %2, modificado desde entonces por otra persona</translation>
    </message>
    <message>
        <source>Meetings in %1</source>
        <extracomment>Kinds whose changes can change the top-level rows (bodies, saved views, list counts).</extracomment>
        <translation>Reuniones de %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;New %1…</source>
        <translation>&amp;Nuevo: %1…</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nuevo: %1</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Adjuntar %1</translation>
    </message>
    <message>
        <source>Load the CEAM demo</source>
        <translation>Cargar la demostración de la CEAM</translation>
    </message>
    <message>
        <source>The demo is already in this database</source>
        <translation>La demostración ya está en esta base de datos</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Ó&amp;rgano:</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>Ini&amp;cio:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>Fi&amp;n:</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Presidencia:</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>&amp;Agenda document:</source>
        <translation>Documento del &amp;orden del día:</translation>
    </message>
    <message>
        <source>Agenda document</source>
        <translation>Documento del orden del día</translation>
    </message>
    <message>
        <source>&amp;Order of business:</source>
        <translation>Orden de los &amp;trabajos:</translation>
    </message>
    <message>
        <source>Order of business</source>
        <translation>Orden de los trabajos</translation>
    </message>
    <message>
        <source>&amp;Mandates:</source>
        <translation>&amp;Mandatos:</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandatos</translation>
    </message>
    <message>
        <source>Summary s&amp;ymbol:</source>
        <translation>Signatura del res&amp;umen:</translation>
    </message>
    <message>
        <source>Summary symbol</source>
        <translation>Signatura del resumen</translation>
    </message>
    <message>
        <source>Date o&amp;f issue:</source>
        <translation>Fecha de pu&amp;blicación:</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Introducción:</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Nota&amp;s:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>MultiRecordPicker</name>
    <message>
        <source>Add {0}…</source>
        <translation>Añadir: {0}…</translation>
    </message>
    <message>
        <source>Add to {0}</source>
        <translation>Añadir a: {0}</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Agenda items</source>
        <translation>Temas del orden del día</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Resoluciones</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Todas las organizaciones</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Autoridades</translation>
    </message>
    <message>
        <source>Operative paragraphs</source>
        <translation>Párrafos resolutivos</translation>
    </message>
    <message>
        <source>Meetings without a body</source>
        <translation>Reuniones sin órgano</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <source>Planned, invited and in-progress actions; overdue first</source>
        <translation>Acciones previstas, con invitación o en curso; primero las vencidas</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Próximos eventos</translation>
    </message>
    <message>
        <source>Events starting today or later</source>
        <translation>Eventos que empiezan hoy o más adelante</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Navigator</source>
        <translation>Navegador</translation>
    </message>
</context>
<context>
    <name>NewPassphraseRow</name>
    <message>
        <source>Passphrase to encrypt the file with</source>
        <translation>Frase de contraseña con la que cifrar el archivo</translation>
    </message>
    <message>
        <source>&amp;New Words</source>
        <translation>&amp;Nuevas palabras</translation>
    </message>
    <message>
        <source>Generate another passphrase</source>
        <translation>Generar otra frase de contraseña</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <source>Add the {0}</source>
        <translation>Añadir: {0}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Use Existing</source>
        <translation>Usar el existente</translation>
    </message>
    <message>
        <source>Go to the record that already has this symbol</source>
        <translation>Ir al registro que ya tiene esta signatura</translation>
    </message>
    <message>
        <source>Still needed: {0}</source>
        <translation>Falta todavía: {0}</translation>
    </message>
</context>
<context>
    <name>OfficesBox</name>
    <message>
        <source>Offices held</source>
        <extracomment>The owner&apos;s field in an office, by the kind of the form the box is in.</extracomment>
        <translation>Cargos desempeñados</translation>
    </message>
    <message>
        <source>Add Office…</source>
        <translation>Añadir cargo…</translation>
    </message>
    <message>
        <source>Add an office</source>
        <translation>Añadir un cargo</translation>
    </message>
</context>
<context>
    <name>OrganizationForm</name>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Acronym:</source>
        <translation>&amp;Sigla:</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Forma parte de:</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Forma parte de</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>&amp;Otros nombres:</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>Overview of %1</source>
        <translation>Panorama de %1</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>Reuniones por año</translation>
    </message>
    <message>
        <source>Open actions by month due</source>
        <translation>Acciones pendientes por mes de vencimiento</translation>
    </message>
    <message>
        <source>Open actions by when they are due</source>
        <translation>Acciones pendientes según su vencimiento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Meetings</source>
        <extracomment>Bar colours per bucket (readable on light and dark windows).</extracomment>
        <translation>Reuniones</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <source>Meeting &amp;summaries</source>
        <translation>&amp;Resúmenes de las reuniones</translation>
    </message>
    <message>
        <source>&amp;Mandates and what was done about them</source>
        <translation>&amp;Mandatos y lo que se hizo al respecto</translation>
    </message>
    <message>
        <source>Open follow-up &amp;actions</source>
        <translation>&amp;Acciones de seguimiento pendientes</translation>
    </message>
    <message>
        <source>Upcoming &amp;events</source>
        <translation>&amp;Próximos eventos</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>Attached document &amp;PDFs</source>
        <translation>&amp;PDF de los documentos anexos</translation>
    </message>
    <message>
        <source>Briefing packet</source>
        <translation>Carpeta informativa</translation>
    </message>
    <message>
        <source>Briefing Packet</source>
        <translation>Carpeta informativa</translation>
    </message>
    <message>
        <source>A packet gathers the summaries of the chosen meetings with their mandates, open follow-up actions, upcoming events and documents, as one PDF.</source>
        <translation>Una carpeta informativa reúne en un solo PDF los resúmenes de las reuniones elegidas con sus mandatos, las acciones de seguimiento pendientes, los próximos eventos y los documentos.</translation>
    </message>
    <message>
        <source>Chosen &amp;meetings</source>
        <translation>&amp;Reuniones elegidas</translation>
    </message>
    <message>
        <source>Packet of chosen meetings</source>
        <translation>Carpeta de las reuniones elegidas</translation>
    </message>
    <message>
        <source>Meetings in a &amp;period</source>
        <translation>Reuniones de un &amp;período</translation>
    </message>
    <message>
        <source>Packet of the meetings in a period</source>
        <translation>Carpeta de las reuniones de un período</translation>
    </message>
    <message>
        <source>Filter the meetings</source>
        <translation>Filtrar las reuniones</translation>
    </message>
    <message>
        <source>Filter by date or title</source>
        <translation>Filtrar por fecha o título</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>Meetings in the packet</source>
        <translation>Reuniones de la carpeta</translation>
    </message>
    <message>
        <source>Check Shown</source>
        <translation>Marcar las mostradas</translation>
    </message>
    <message>
        <source>Check every meeting shown</source>
        <translation>Marcar todas las reuniones mostradas</translation>
    </message>
    <message>
        <source>Uncheck All</source>
        <translation>Desmarcar todas</translation>
    </message>
    <message>
        <source>Uncheck every meeting</source>
        <translation>Desmarcar todas las reuniones</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Language of the packet</source>
        <translation>Idioma de la carpeta</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>Archivo PDF que escribir</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose the PDF file to write</source>
        <translation>Elegir el archivo PDF que escribir</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Build the briefing packet</source>
        <translation>Generar la carpeta informativa</translation>
    </message>
    <message>
        <source>Open Pre&amp;view</source>
        <translation>Abrir la &amp;vista previa</translation>
    </message>
    <message>
        <source>Open the packet in the preview</source>
        <translation>Abrir la carpeta en la vista previa</translation>
    </message>
    <message>
        <source>Close the briefing packet dialog</source>
        <translation>Cerrar el diálogo de la carpeta informativa</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Gathering the records…</source>
        <translation>Reuniendo los registros…</translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation>Generando %1…</translation>
    </message>
    <message>
        <source>Built %1 (%2 pages).</source>
        <translation>Generado %1 (%2 páginas).</translation>
    </message>
    <message>
        <source>Cancelled: no packet was written.</source>
        <translation>Cancelado: no se escribió ninguna carpeta.</translation>
    </message>
    <message>
        <source>The packet was not written.</source>
        <translation>No se escribió la carpeta.</translation>
    </message>
</context>
<context>
    <name>ParagraphForm</name>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repetir la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Usar esta frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>PDF preview</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <source>Preview tool bar</source>
        <translation>Barra de herramientas de la vista previa</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Print the PDF</source>
        <translation>Imprimir el PDF</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
    <message>
        <source>These characters cannot be printed (no font has them) and show as empty boxes: %1</source>
        <translation>Estos caracteres no se pueden imprimir (ninguna fuente los tiene) y aparecen como recuadros vacíos: %1</translation>
    </message>
    <message>
        <source>Printed in the original language, with no translation: %1</source>
        <translation>Impreso en el idioma original, sin traducción: %1</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: %1</source>
        <translation>Este PDF no se puede mostrar: %1</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>no tiene páginas</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>H&amp;onorific:</source>
        <translation>&amp;Tratamiento:</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>&amp;Position or title:</source>
        <translation>&amp;Cargo o título:</translation>
    </message>
    <message>
        <source>Position or title</source>
        <translation>Cargo o título</translation>
    </message>
    <message>
        <source>O&amp;rganization:</source>
        <translation>O&amp;rganización:</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Letter</source>
        <extracomment>Where the remembered choices live; tests replace it with an INI file of their own.</extracomment>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Export Meeting Summary</source>
        <translation>Exportar el resumen de la reunión</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamaño del &amp;papel:</translation>
    </message>
    <message>
        <source>The summary was not written.</source>
        <translation>No se escribió el resumen.</translation>
    </message>
    <message>
        <source>Some characters cannot be printed and show as empty boxes.</source>
        <translation>Algunos caracteres no se pueden imprimir y aparecen como recuadros vacíos.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>Resumen escrito en %1</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Collecting records</source>
        <extracomment>progress steps the services report (exchange import and export, sync), by their English text.</extracomment>
        <translation>Reuniendo los registros</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Escribiendo el archivo</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Opening the other database</source>
        <translation>Abriendo la otra base de datos</translation>
    </message>
    <message>
        <source>Backing up both databases</source>
        <translation>Copia de seguridad de ambas bases de datos</translation>
    </message>
    <message>
        <source>Reading the other database</source>
        <translation>Leyendo la otra base de datos</translation>
    </message>
    <message>
        <source>Reading this database</source>
        <translation>Leyendo esta base de datos</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <extracomment>steps that name a kind (&quot;Checking agenda items&quot;): English verb -&gt; template.</extracomment>
        <translation>Comprobando: %1</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>Incorporando: %1</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Required</source>
        <extracomment>Fields kept out of forms: the order of interventions, actions ... is changed by moving them.</extracomment>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>“{0}” is not a whole number</source>
        <translation>«{0}» no es un número entero</translation>
    </message>
    <message>
        <source>“{0}” is not a time: use HH:MM, e.g. 14:30</source>
        <translation>«{0}» no es una hora: use HH:MM, p. ej. 14:30</translation>
    </message>
    <message>
        <source>Too long: {0} characters, at most {1}</source>
        <translation>Demasiado largo: {0} caracteres, como máximo {1}</translation>
    </message>
    <message>
        <source>Read only: this database cannot be changed from here.</source>
        <extracomment>(kind, values) -&gt; id of the new record. (form, kind, typed text, picker&apos;s field) -&gt; id of the record made, None if none. any change the user made (validity may have changed); NewRecordDialog listens. what a picker&apos;s &quot;New …&quot; does (new_record_dialog.create_form sets it); None: nothing. the field values the last committed edit was based on (see _user_finished)</extracomment>
        <translation>Solo lectura: esta base de datos no puede modificarse desde aquí.</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>Offices:</source>
        <translation>Cargos:</translation>
    </message>
    <message>
        <source>Officers:</source>
        <translation>Autoridades:</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>p. ej. {0}</translation>
    </message>
    <message>
        <source>Ends before it starts ({0})</source>
        <translation>Termina antes de empezar ({0})</translation>
    </message>
    <message>
        <source>Already recorded as “{0}”</source>
        <translation>Ya registrado como «{0}»</translation>
    </message>
    <message>
        <source>New records can be added from the main window only.</source>
        <translation>Los registros nuevos solo se pueden añadir desde la ventana principal.</translation>
    </message>
    <message>
        <source>Could not add the {0}</source>
        <extracomment>The kind a new organization made from a picker starts with, by the picker&apos;s field: who speaks, answers an invitation or carries out an action is usually a delegation.</extracomment>
        <translation>No se pudo añadir: {0}</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Record</source>
        <extracomment>A longer heading is cut (with &quot;…&quot;) so that it never pushes the form out of sight.</extracomment>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Record title</source>
        <translation>Título del registro</translation>
    </message>
    <message>
        <source>&amp;Translations…</source>
        <translation>&amp;Traducciones…</translation>
    </message>
    <message>
        <source>This record&apos;s texts in Spanish, French, Portuguese and English</source>
        <translation>Los textos de este registro en español, francés, portugués e inglés</translation>
    </message>
    <message>
        <source>Select a record to see and edit it here.</source>
        <translation>Seleccione un registro para verlo y editarlo aquí.</translation>
    </message>
    <message>
        <source>%1 form</source>
        <translation>Formulario: %1</translation>
    </message>
    <message>
        <source>Entry Not Saved</source>
        <translation>Entrada no guardada</translation>
    </message>
    <message>
        <source>The %1 “%2” has an entry that cannot be saved.</source>
        <translation>«%2» (%1) tiene una entrada que no se puede guardar.</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>New {0}… (Insert)</source>
        <extracomment>(kind, text typed so far) -&gt; id of the new record, or None when the user cancelled. Keys with which a combo box steps to another entry. True: the record is shown, not changed (set_read_only)</extracomment>
        <translation>Crear {0}… (Insert)</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Nuevo: {0}</translation>
    </message>
    <message>
        <source>Search {0}…</source>
        <translation>Buscar: {0}…</translation>
    </message>
    <message>
        <source>No {0} matches “{1}”: choose one from the list or add it with +</source>
        <translation>Ningún registro ({0}) coincide con «{1}»: elija uno de la lista o añádalo con +</translation>
    </message>
    <message>
        <source>{0} records match “{1}”: choose one from the list</source>
        <translation>{0} registros coinciden con «{1}»: elija uno de la lista</translation>
    </message>
</context>
<context>
    <name>RecordTableView</name>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>ReportReviewDialog</name>
    <message>
        <source>Import Report %1</source>
        <translation>Importar informe %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the draft</source>
        <translation>Importar el borrador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Not placed (lines %1–%2, %3): %4</source>
        <translation>Sin ubicar (líneas %1–%2, %3): %4</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>existente</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>%1: meeting of %2 in %3 — %4 records (%5 new, %6 already in the database): %7 interventions, %8 actions, %9 decisions.</source>
        <translation>%1: reunión del %2 en %3 — %4 registros (%5 nuevos, %6 ya en la base de datos): %7 intervenciones, %8 acciones, %9 decisiones.</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Importar informe</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>kind -&gt; the title of its group in the tree of proposed records.</extracomment>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Resoluciones</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Temas del orden del día</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>delegación</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>delegaciones</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>presidencia</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>sin atribuir</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>nota al pie</translation>
    </message>
    <message>
        <source>a paragraph among follow-up items</source>
        <translation>un párrafo entre los puntos de seguimiento</translation>
    </message>
    <message>
        <source>replacement characters (�) on lines %1</source>
        <translation>caracteres de reemplazo (�) en las líneas %1</translation>
    </message>
    <message>
        <source>line %1: the item&apos;s number was lost in conversion; read as %2</source>
        <translation>línea %1: el número del punto se perdió en la conversión; se leyó como %2</translation>
    </message>
    <message>
        <source>no date of the meeting found in the introduction</source>
        <translation>no se encontró la fecha de la reunión en la introducción</translation>
    </message>
    <message>
        <source>no body found for the meeting (use --body)</source>
        <translation>no se encontró el órgano de la reunión (use --body)</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(sin orador)</translation>
    </message>
    <message>
        <source>place?</source>
        <translation>¿lugar?</translation>
    </message>
    <message>
        <source>Invitation (%1)</source>
        <translation>Invitación (%1)</translation>
    </message>
    <message>
        <source>&amp;Source text</source>
        <translation>Texto &amp;fuente</translation>
    </message>
    <message>
        <source>Source text of the report, line by line</source>
        <translation>Texto fuente del informe, línea por línea</translation>
    </message>
    <message>
        <source>&amp;Proposed records</source>
        <translation>Registros &amp;propuestos</translation>
    </message>
    <message>
        <source>Proposed records</source>
        <translation>Registros propuestos</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Correct the selected record</source>
        <translation>Corregir el registro seleccionado</translation>
    </message>
    <message>
        <source>Spea&amp;ker:</source>
        <translation>&amp;Orador:</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orador</translation>
    </message>
    <message>
        <source>Kind of speaker</source>
        <translation>Tipo de orador</translation>
    </message>
    <message>
        <source>Set speaker</source>
        <translation>Asignar orador</translation>
    </message>
    <message>
        <source>Set &amp;Speaker</source>
        <translation>Asignar o&amp;rador</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Unir con el siguiente</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Unir con el siguiente</translation>
    </message>
    <message>
        <source>Split after first sentence</source>
        <translation>Dividir tras la primera oración</translation>
    </message>
    <message>
        <source>Sp&amp;lit after First Sentence</source>
        <translation>&amp;Dividir tras la primera oración</translation>
    </message>
    <message>
        <source>&amp;Warnings and text not placed</source>
        <translation>&amp;Advertencias y texto sin ubicar</translation>
    </message>
    <message>
        <source>Warnings and text not placed</source>
        <translation>Advertencias y texto sin ubicar</translation>
    </message>
</context>
<context>
    <name>ResolutionForm</name>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Signatura:</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>Per&amp;íodo de sesiones:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Período de sesiones</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation>&amp;Adoptada el:</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adoptada el</translation>
    </message>
    <message>
        <source>Adopted &amp;by:</source>
        <translation>Adoptada &amp;por:</translation>
    </message>
    <message>
        <source>Adopted by</source>
        <translation>Adoptada por</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before upgrade to %1</source>
        <translation>antes de la actualización a %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The database as it is now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>Elija la copia a la que volver. Antes se hace una copia de seguridad de la base de datos tal como está, de modo que una restauración puede deshacerse restaurando esa copia.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Temas del orden del día</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Resoluciones</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>%2: %1</source>
        <extracomment>(database, text, limit) -&gt; hits; called in a worker thread (it opens its own read session).</extracomment>
        <translation>%2: %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search text</source>
        <extracomment>runs a search in the worker thread (tests wrap it to hold a search back) the number of the latest search started; results of any other are dropped</extracomment>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <source>Search meetings, documents, people…</source>
        <translation>Buscar reuniones, documentos, personas…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No records match “%1”.</source>
        <translation>Ningún registro coincide con «%1».</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 resultados</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Type the server&apos;s address: postgresql://USER@HOST/DATABASE</source>
        <translation>Escriba la dirección del servidor: postgresql://USUARIO@SERVIDOR/BASE</translation>
    </message>
    <message>
        <source>A server address starts with postgresql://</source>
        <translation>La dirección de un servidor comienza con postgresql://</translation>
    </message>
    <message>
        <source>A server address has no spaces.</source>
        <translation>La dirección de un servidor no lleva espacios.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Leave the password out: MigDesk never keeps one.</source>
        <translation>No incluya la contraseña: MigDesk nunca la guarda.</translation>
    </message>
    <message>
        <source>The address has a connection parameter PostgreSQL does not know.</source>
        <translation>La dirección tiene un parámetro de conexión que PostgreSQL no conoce.</translation>
    </message>
    <message>
        <source>Name the database: postgresql://USER@HOST/DATABASE</source>
        <translation>Indique la base de datos: postgresql://USUARIO@SERVIDOR/BASE</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>MigDesk could not open %1.</source>
        <translation>MigDesk no pudo abrir %1.</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Conectar con un servidor</translation>
    </message>
    <message>
        <source>Connect to a database server</source>
        <translation>Conectar con un servidor de bases de datos</translation>
    </message>
    <message>
        <source>&amp;Server address (a PostgreSQL connection URI):</source>
        <translation>Dirección del &amp;servidor (un URI de conexión de PostgreSQL):</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://usuario@servidor/base</translation>
    </message>
    <message>
        <source>What is wrong with the address</source>
        <translation>Qué está mal en la dirección</translation>
    </message>
    <message>
        <source>MigDesk never stores your password. The connection finds it in your password file (~/.pgpass), a service file (~/.pg_service.conf) or the PGPASSWORD variable, as every PostgreSQL program does. Other options, such as sslmode=verify-full, go after a question mark.</source>
        <translation>MigDesk nunca guarda su contraseña. La conexión la busca en su archivo de contraseñas (~/.pgpass), en un archivo de servicio (~/.pg_service.conf) o en la variable PGPASSWORD, como todo programa de PostgreSQL. Otras opciones, como sslmode=verify-full, van después de un signo de interrogación.</translation>
    </message>
    <message>
        <source>&amp;Recent servers:</source>
        <translation>Servidores &amp;recientes:</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Servidores recientes</translation>
    </message>
</context>
<context>
    <name>StartupScreen</name>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
</context>
<context>
    <name>SymbolEdit</name>
    <message>
        <source>e.g. AG/RES. 2356 (XXXVIII-O/08)</source>
        <translation>p. ej. AG/RES. 2356 (XXXVIII-O/08)</translation>
    </message>
    <message>
        <source>(read as {0})</source>
        <translation>(se lee como {0})</translation>
    </message>
    <message>
        <source>Not a symbol MigDesk recognises: {0}. It is kept as written.</source>
        <translation>MigDesk no reconoce esta signatura: {0}. Se conserva tal como se escribió.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Syncing with %1…</source>
        <translation>Sincronizando con %1…</translation>
    </message>
    <message>
        <source>Sync cancelled: neither database was changed</source>
        <translation>Sincronización cancelada: ninguna de las dos bases de datos cambió</translation>
    </message>
    <message>
        <source>Sync with %1</source>
        <translation>Sincronización con %1</translation>
    </message>
    <message>
        <source>Synced with %1: received %2, sent %3, conflicts %4</source>
        <translation>Sincronizado con %1: recibidos %2, enviados %3, conflictos %4</translation>
    </message>
    <message>
        <source>Sync With</source>
        <translation>Sincronizar con</translation>
    </message>
    <message>
        <source>This database received the changes of %1, but %1 could not take this database&apos;s changes; the next sync sends them.</source>
        <translation>Esta base de datos recibió los cambios de %1, pero %1 no pudo recibir los cambios de esta base de datos; la próxima sincronización los envía.</translation>
    </message>
    <message>
        <source>(cancelled before sending: the next sync sends it)</source>
        <translation>(cancelada antes del envío: la próxima sincronización lo envía)</translation>
    </message>
    <message>
        <source>Values chosen after the sync with %1</source>
        <translation>Valores elegidos tras la sincronización con %1</translation>
    </message>
    <message>
        <source>The sync with %1 did not happen; neither database was changed.</source>
        <translation>La sincronización con %1 no se realizó; ninguna de las dos bases de datos cambió.</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Conectar con un &amp;servidor…</translation>
    </message>
    <message>
        <source>Open a delegation&apos;s shared database on a PostgreSQL server</source>
        <translation>Abrir la base de datos compartida de una delegación en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>S&amp;ync With…</source>
        <translation>S&amp;incronizar con…</translation>
    </message>
    <message>
        <source>Bring this database and another (a file or a server) together both ways</source>
        <translation>Reunir esta base de datos y otra (un archivo o un servidor) en ambos sentidos</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Changed on Both Sides</source>
        <translation>Modificado en ambos lados</translation>
    </message>
    <message>
        <source>Fields changed on both sides: your value and the other database&apos;s</source>
        <translation>Campos modificados en ambos lados: su valor y el de la otra base de datos</translation>
    </message>
    <message>
        <source>These fields were changed both here and in %1 since the last sync. This database kept its values (Mine), and the sync sent them there; the others (Theirs) are kept in each record&apos;s history. Choose Take Theirs or Edit to use another value.</source>
        <translation>Estos campos se modificaron aquí y en %1 desde la última sincronización. Esta base de datos conservó sus valores (Míos) y la sincronización los envió allí; los otros (Suyos) se conservan en el historial de cada registro. Elija Tomar los suyos o Editar para usar otro valor.</translation>
    </message>
    <message>
        <source>&amp;Use These Values</source>
        <translation>&amp;Usar estos valores</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>A value you typed cannot be used.</source>
        <translation>Un valor que usted escribió no se puede usar.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>What the other database changed comes here, and what you changed here goes there. Where both changed the same field, this database keeps its value and the other is kept in the record&apos;s history. Both databases are backed up first.</source>
        <translation>Lo que cambió la otra base de datos llega aquí, y lo que usted cambió aquí va allí. Donde ambas cambiaron el mismo campo, esta base de datos conserva su valor y el otro se guarda en el historial del registro. Antes se hace una copia de seguridad de ambas bases de datos.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>Sync With</source>
        <translation>Sincronizar con</translation>
    </message>
    <message>
        <source>MigDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de MigDesk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Sync with another database</source>
        <translation>Sincronizar con otra base de datos</translation>
    </message>
    <message>
        <source>A database &amp;file:</source>
        <translation>Un &amp;archivo de base de datos:</translation>
    </message>
    <message>
        <source>The other database file</source>
        <translation>El archivo de la otra base de datos</translation>
    </message>
    <message>
        <source>delegation.sqlite</source>
        <translation>delegacion.sqlite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the other database file</source>
        <translation>Elegir el archivo de la otra base de datos</translation>
    </message>
    <message>
        <source>A &amp;server you connected to:</source>
        <translation>Un &amp;servidor con el que se conectó:</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Servidores recientes</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Records of the selected item</source>
        <translation>Registros del elemento seleccionado</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Filtrar la tabla</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrando…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Ordenando…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
</context>
<context>
    <name>TranslationsDialog</name>
    <message>
        <source>Translations: %1</source>
        <translation>Traducciones: %1</translation>
    </message>
    <message>
        <source>Field to translate</source>
        <translation>Campo que traducir</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <source>Text in %1</source>
        <extracomment>Text fields that are the same in every language (symbols, file facts, numbers).</extracomment>
        <translation>Texto en %1</translation>
    </message>
    <message>
        <source>No translation yet: type it here.</source>
        <translation>Todavía no hay traducción: escríbala aquí.</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Campo:</translation>
    </message>
    <message>
        <source>Original (%1):</source>
        <translation>Original (%1):</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>MigDesk User Guide</source>
        <translation>Guía del usuario de MigDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Intergovernmental organization</source>
        <translation>Organización intergubernamental</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>Proceso consultivo regional</translation>
    </message>
    <message>
        <source>Subregional bloc</source>
        <translation>Bloque subregional</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Member state delegation</source>
        <translation>Delegación de Estado miembro</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminario</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Unable to attend</source>
        <translation>No puede asistir</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordó</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitó</translation>
    </message>
    <message>
        <source>Took note</source>
        <translation>Tomó nota</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendó</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Eligió</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobó</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitada</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Vicepresidencia</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relatoría</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>One delegation</source>
        <translation>Una delegación</translation>
    </message>
    <message>
        <source>Several named delegations</source>
        <translation>Varias delegaciones nombradas</translation>
    </message>
    <message>
        <source>An unnamed group</source>
        <translation>Un grupo sin nombre</translation>
    </message>
    <message>
        <source>An organization</source>
        <translation>Una organización</translation>
    </message>
    <message>
        <source>The chair</source>
        <translation>La Presidencia</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Sin atribuir</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Create an empty database file</source>
        <translation>Crear un archivo de base de datos vacío</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Abrir otro archivo de base de datos</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Go back to one of the database&apos;s backup copies</source>
        <translation>Volver a una de las copias de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close MigDesk</source>
        <translation>Cerrar MigDesk</translation>
    </message>
    <message>
        <source>Load &amp;Demo Meeting</source>
        <translation>Cargar la reunión de &amp;demostración</translation>
    </message>
    <message>
        <source>Add the CEAM meeting of 13 February 2009 to this database (you can undo it)</source>
        <translation>Añadir la reunión de la CEAM del 13 de febrero de 2009 a esta base de datos (puede deshacerlo)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search every record</source>
        <translation>Buscar en todos los registros</translation>
    </message>
    <message>
        <source>Fi&amp;lter Table</source>
        <translation>Fi&amp;ltrar la tabla</translation>
    </message>
    <message>
        <source>Type to keep only the matching rows of the table</source>
        <translation>Escriba para conservar solo las filas de la tabla que coinciden</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Historial de deshacer</translation>
    </message>
    <message>
        <source>Show every change of this session</source>
        <translation>Mostrar todos los cambios de esta sesión</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Explorar</translation>
    </message>
    <message>
        <source>Show the navigator tree</source>
        <translation>Mostrar el árbol de navegación</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Add a record here</source>
        <translation>Añadir un registro aquí</translation>
    </message>
    <message>
        <source>&amp;Agenda Item…</source>
        <translation>&amp;Tema del orden del día…</translation>
    </message>
    <message>
        <source>Add an agenda item to the meeting</source>
        <translation>Añadir un tema del orden del día a la reunión</translation>
    </message>
    <message>
        <source>&amp;Intervention…</source>
        <translation>&amp;Intervención…</translation>
    </message>
    <message>
        <source>Add an intervention to the meeting</source>
        <translation>Añadir una intervención a la reunión</translation>
    </message>
    <message>
        <source>&amp;Decision…</source>
        <translation>&amp;Decisión…</translation>
    </message>
    <message>
        <source>Add a decision to the meeting</source>
        <translation>Añadir una decisión a la reunión</translation>
    </message>
    <message>
        <source>Follow-up A&amp;ction…</source>
        <translation>A&amp;cción de seguimiento…</translation>
    </message>
    <message>
        <source>Add a follow-up action to the meeting</source>
        <translation>Añadir una acción de seguimiento a la reunión</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected records (you can undo it)</source>
        <translation>Eliminar los registros seleccionados (puede deshacerse)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the record one place earlier</source>
        <translation>Mover el registro un lugar antes</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the record one place later</source>
        <translation>Mover el registro un lugar después</translation>
    </message>
    <message>
        <source>Record &amp;History…</source>
        <translation>&amp;Historial del registro…</translation>
    </message>
    <message>
        <source>Values the record did not keep (conflicts, superseded), to use one again</source>
        <translation>Valores que el registro no conservó (conflictos, reemplazados), para volver a usar uno</translation>
    </message>
    <message>
        <source>Body &amp;Overview</source>
        <translation>&amp;Panorama del órgano</translation>
    </message>
    <message>
        <source>Meetings per year and open actions of the selected body</source>
        <translation>Reuniones por año y acciones pendientes del órgano seleccionado</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the database again (after changes made outside this window)</source>
        <translation>Volver a leer la base de datos (tras cambios hechos fuera de esta ventana)</translation>
    </message>
    <message>
        <source>MigDesk &amp;User Guide</source>
        <translation>&amp;Guía del usuario de MigDesk</translation>
    </message>
    <message>
        <source>Installing, recording a meeting, printing and sharing</source>
        <translation>Instalación, registro de una reunión, impresión e intercambio</translation>
    </message>
    <message>
        <source>&amp;About MigDesk</source>
        <translation>&amp;Acerca de MigDesk</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Versión y licencias</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Qt&apos;s version and licence</source>
        <translation>Versión y licencia de Qt</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>Remove {0}</source>
        <translation>Quitar: {0}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Translate %1</source>
        <translation>Traducir: %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Import Report</source>
        <translation>Importar informe</translation>
    </message>
    <message>
        <source>Import report %1</source>
        <translation>Importar el informe %1</translation>
    </message>
</context>
</TS>
