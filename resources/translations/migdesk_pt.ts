<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MigDesk</source>
        <translation>Sobre o MigDesk</translation>
    </message>
    <message>
        <source>Meetings, mandates and follow-up of the OAS Special Committee on Migration Issues (CEAM) and the regional processes it works with, kept offline on your computer and exchanged between delegates as files.</source>
        <translation>Reuniões, mandatos e acompanhamento da Comissão Especial de Assuntos Migratórios (CEAM) da OEA e dos processos regionais com os quais ela trabalha, guardados sem conexão no seu computador e trocados entre delegados como arquivos.</translation>
    </message>
    <message>
        <source>Qt %1 · PySide6 %2</source>
        <translation>Qt %1 · PySide6 %2</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>MigDesk</source>
        <translation>MigDesk</translation>
    </message>
    <message>
        <source>Qt and PySide6</source>
        <translation>Qt e PySide6</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>Fontes DejaVu</translation>
    </message>
    <message>
        <source>Icons</source>
        <translation>Ícones</translation>
    </message>
    <message>
        <source>MigDesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.

MigDesk is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details: https://www.gnu.org/licenses/gpl-3.0.html

SPDX-License-Identifier: GPL-3.0-or-later</source>
        <translation>O MigDesk é software livre: você pode redistribuí-lo ou modificá-lo nos termos da Licença Pública Geral GNU publicada pela Free Software Foundation, na versão 3 da Licença ou (a seu critério) em qualquer versão posterior.

O MigDesk é distribuído na esperança de que seja útil, mas SEM NENHUMA GARANTIA; sem mesmo a garantia implícita de COMERCIALIZAÇÃO ou de ADEQUAÇÃO A UM FIM ESPECÍFICO. Consulte a Licença Pública Geral GNU para mais detalhes: https://www.gnu.org/licenses/gpl-3.0.html

SPDX-License-Identifier: GPL-3.0-or-later</translation>
    </message>
    <message>
        <source>MigDesk uses Qt %1 through PySide6 %2 (Qt for Python), both by The Qt Company and contributors, under the GNU Lesser General Public License version 3 (LGPL-3.0). MigDesk links to the unmodified Qt and PySide6 libraries dynamically; you may replace them with your own builds.

Source code and licence texts: https://www.qt.io/licensing/ , https://code.qt.io/ and https://www.gnu.org/licenses/lgpl-3.0.html

Other libraries: SQLAlchemy and Alembic (MIT), ReportLab (BSD), pypdf (BSD), pypdfium2 (Apache-2.0 / BSD), platformdirs (MIT), icalendar (BSD), jsonschema (MIT).</source>
        <translation>O MigDesk usa o Qt %1 por meio do PySide6 %2 (Qt for Python), ambos da The Qt Company e colaboradores, sob a Licença Pública Geral Menor GNU versão 3 (LGPL-3.0). O MigDesk liga-se dinamicamente às bibliotecas Qt e PySide6 sem modificações; você pode substituí-las por suas próprias compilações.

Código-fonte e textos das licenças: https://www.qt.io/licensing/ , https://code.qt.io/ e https://www.gnu.org/licenses/lgpl-3.0.html

Outras bibliotecas: SQLAlchemy e Alembic (MIT), ReportLab (BSD), pypdf (BSD), pypdfium2 (Apache-2.0 / BSD), platformdirs (MIT), icalendar (BSD), jsonschema (MIT).</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunião:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
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
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
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
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
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
        <translation>Ponto da ordem do dia</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunião:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
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
        <translation>Nome</translation>
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
        <translation>Adicionar outro nome</translation>
    </message>
    <message>
        <source>Remove the selected name</source>
        <translation>Remover o nome selecionado</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>Attached files</source>
        <translation>Arquivos anexados</translation>
    </message>
    <message>
        <source>Attach File…</source>
        <translation>Anexar arquivo…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Anexar um arquivo</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Abrir o arquivo selecionado</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Remover o arquivo selecionado</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>Anexar arquivo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Arquivos PDF (*.pdf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>anexo</translation>
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
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Please Wait</source>
        <translation>Aguarde, por favor</translation>
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
        <translation>Nada a mostrar</translation>
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
        <translation>Alteração</translation>
    </message>
    <message>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>excluído</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ponto</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cota</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Faz parte de</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgão</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamento</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
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
        <translation>Outra pessoa alterou este registro enquanto você o editava (outra janela, a linha de comando ou um colega no mesmo banco de dados). Escolha o valor a manter em cada campo; o outro fica no histórico de desfazer.</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>A value you typed cannot be used.</source>
        <translation>Um valor que você digitou não pode ser usado.</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Alterado por outra pessoa</translation>
    </message>
    <message>
        <source>Fields in dispute: your value and the other writer&apos;s</source>
        <translation>Campos em disputa: o seu valor e o da outra pessoa</translation>
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
        <translation>O meu</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>O deles</translation>
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
        <translation>excluído (%1)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>Value to use for %1</source>
        <translation>Valor a usar para %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Manter o meu</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Aceitar o deles</translation>
    </message>
    <message>
        <source>Your own value for %1</source>
        <translation>O seu próprio valor para %1</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>The keys cannot be read.</source>
        <translation>Não é possível ler as chaves.</translation>
    </message>
    <message>
        <source>The name was not changed.</source>
        <translation>O nome não foi alterado.</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Remover contato</translation>
    </message>
    <message>
        <source>Forget the key of %1?</source>
        <translation>Esquecer a chave de %1?</translation>
    </message>
    <message>
        <source>Their next file will be shown as coming from a new contact.</source>
        <translation>O próximo arquivo dessa pessoa será mostrado como vindo de um novo contato.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Export My Identity</source>
        <translation>Exportar minha identidade</translation>
    </message>
    <message>
        <source>Identity files (*.age)</source>
        <translation>Arquivos de identidade (*.age)</translation>
    </message>
    <message>
        <source>Choose a passphrase for the file: it holds your private keys. You type it again on the new computer.</source>
        <translation>Escolha uma frase-senha para o arquivo: ele contém as suas chaves privadas. Você a digitará novamente no novo computador.</translation>
    </message>
    <message>
        <source>The identity was not exported.</source>
        <translation>A identidade não foi exportada.</translation>
    </message>
    <message>
        <source>Import My Identity</source>
        <translation>Importar minha identidade</translation>
    </message>
    <message>
        <source>Identity files (*.age);;All files (*)</source>
        <translation>Arquivos de identidade (*.age);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Sign and decrypt with the identity in %1 from now on?</source>
        <translation>Assinar e decifrar com a identidade de %1 a partir de agora?</translation>
    </message>
    <message>
        <source>The current keys are kept aside (identity.previous.json).</source>
        <translation>As chaves atuais são guardadas à parte (identity.previous.json).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>The passphrase the identity was exported with:</source>
        <translation>A frase-senha com que a identidade foi exportada:</translation>
    </message>
    <message>
        <source>The identity was not imported.</source>
        <translation>A identidade não foi importada.</translation>
    </message>
    <message>
        <source>Contacts and Keys</source>
        <translation>Contatos e chaves</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Esta instalação</translation>
    </message>
    <message>
        <source>&amp;Signs as:</source>
        <translation>&amp;Assina como:</translation>
    </message>
    <message>
        <source>The name your files are signed with</source>
        <translation>O nome com que os seus arquivos são assinados</translation>
    </message>
    <message>
        <source>Key (words):</source>
        <translation>Chave (palavras):</translation>
    </message>
    <message>
        <source>Your key as words, to read out by phone</source>
        <translation>A sua chave em palavras, para ler por telefone</translation>
    </message>
    <message>
        <source>&amp;Encryption key:</source>
        <translation>Chave de &amp;cifragem:</translation>
    </message>
    <message>
        <source>Your age key: colleagues encrypt files for you with it</source>
        <translation>A sua chave age: os colegas a usam para cifrar arquivos para você</translation>
    </message>
    <message>
        <source>E&amp;xport My Identity…</source>
        <translation>E&amp;xportar minha identidade…</translation>
    </message>
    <message>
        <source>Export my identity, protected by a passphrase, for a new computer</source>
        <translation>Exportar minha identidade, protegida por uma frase-senha, para um novo computador</translation>
    </message>
    <message>
        <source>&amp;Import My Identity…</source>
        <translation>&amp;Importar minha identidade…</translation>
    </message>
    <message>
        <source>Import my identity exported on another computer</source>
        <translation>Importar minha identidade exportada em outro computador</translation>
    </message>
    <message>
        <source>Contacts: the keys that signed the files you imported. A file from one of these installations signed by another key is refused until you accept it.</source>
        <translation>Contatos: as chaves que assinaram os arquivos que você importou. Um arquivo de uma destas instalações assinado por outra chave é recusado até que você o aceite.</translation>
    </message>
    <message>
        <source>Contacts and their keys</source>
        <translation>Contatos e as suas chaves</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalação</translation>
    </message>
    <message>
        <source>Known since</source>
        <translation>Conhecido desde</translation>
    </message>
    <message>
        <source>Key (words)</source>
        <translation>Chave (palavras)</translation>
    </message>
    <message>
        <source>&amp;Remove Contact</source>
        <translation>&amp;Remover contato</translation>
    </message>
    <message>
        <source>Forget the selected contact&apos;s key</source>
        <translation>Esquecer a chave do contato selecionado</translation>
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
        <translation>Escolher uma data (Alt+Baixo)</translation>
    </message>
    <message>
        <source>“{0}” is not a date: use YYYY-MM-DD, e.g. 2009-02-13</source>
        <translation>“{0}” não é uma data: use AAAA-MM-DD, p. ex. 2009-02-13</translation>
    </message>
    <message>
        <source>There is no month {0}: months go from 01 to 12</source>
        <translation>Não existe o mês {0}: os meses vão de 01 a 12</translation>
    </message>
    <message>
        <source>{0} {1} has no day {2}</source>
        <translation>{0} {1} não tem dia {2}</translation>
    </message>
    <message>
        <source>Choose {0} from a calendar</source>
        <translation>Escolher {0} num calendário</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunião:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Ponto da ordem do dia:</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Ponto da ordem do dia</translation>
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
        <translation>&amp;Cota:</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cota</translation>
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
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>D&amp;istribuição:</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribuição</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Classificação:</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>Ó&amp;rgão:</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgão</translation>
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
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Use an earlier value of %1</source>
        <translation>Usar um valor anterior de %1</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Não é possível excluir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete %1 records</source>
        <translation>Excluir %1 registros</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”?</source>
        <translation>Excluir “%2” (%1)?</translation>
    </message>
    <message>
        <source>Delete these %1 records?</source>
        <translation>Excluir estes %1 registros?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Você pode desfazer isto com Ctrl+Z.</translation>
    </message>
    <message>
        <source>It takes with it: %1.</source>
        <translation>Também são excluídos: %1.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <source>MigDesk ran into a problem it did not expect.</source>
        <translation>O MigDesk encontrou um problema inesperado.</translation>
    </message>
    <message>
        <source>Nothing you entered is lost: every change is saved as soon as it is made. You can close this message and keep working. If it happens again, please copy the details below into a report to the MigDesk developers.</source>
        <translation>Nada do que você digitou se perdeu: cada alteração é salva assim que é feita. Você pode fechar esta mensagem e continuar trabalhando. Se voltar a acontecer, copie os detalhes abaixo num relatório para os desenvolvedores do MigDesk.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalhes do erro</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copiar os detalhes</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar os detalhes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>é necessário um valor</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>esperava-se um texto</translation>
    </message>
    <message>
        <source>text may not contain NUL characters</source>
        <translation>o texto não pode conter caracteres NUL</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>“{value}” não é um número inteiro</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use YYYY-MM-DD, e.g. 2009-02-13)</source>
        <translation>“{value}” não é uma data (use AAAA-MM-DD, p. ex. 2009-02-13)</translation>
    </message>
    <message>
        <source>“{value}” is not a day of the calendar</source>
        <translation>“{value}” não é um dia do calendário</translation>
    </message>
    <message>
        <source>“{value}” is not a time (use HH:MM)</source>
        <translation>“{value}” não é uma hora (use HH:MM)</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices</source>
        <translation>“{value}” não é uma das opções</translation>
    </message>
    <message>
        <source>expected a JSON value</source>
        <translation>esperava-se um valor JSON</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>esperava-se uma lista</translation>
    </message>
    <message>
        <source>unknown field (fields: {fields})</source>
        <translation>campo desconhecido (campos: {fields})</translation>
    </message>
    <message>
        <source>is set by MigDesk and cannot be changed</source>
        <translation>é definido pelo MigDesk e não pode ser alterado</translation>
    </message>
    <message>
        <source>an organization cannot be its own ancestor</source>
        <translation>uma organização não pode fazer parte de si mesma</translation>
    </message>
    <message>
        <source>ends ({end}) before it starts ({start})</source>
        <translation>termina ({end}) antes de começar ({start})</translation>
    </message>
    <message>
        <source>this field already has a translation into {language}: change its text instead</source>
        <translation>este campo já tem uma tradução para {language}: altere o seu texto</translation>
    </message>
    <message>
        <source>cannot be changed once the translation exists (delete it and add another)</source>
        <translation>não pode ser alterado depois de criada a tradução (exclua-a e adicione outra)</translation>
    </message>
    <message>
        <source>“{id}” is not the id of a {kind} (a UUID or its first 8 characters or more)</source>
        <translation>“{id}” não é um identificador de {kind} (um UUID ou os seus primeiros 8 caracteres ou mais)</translation>
    </message>
    <message>
        <source>no {kind} has the id “{id}”</source>
        <translation>não existe {kind} com o identificador “{id}”</translation>
    </message>
    <message>
        <source>the id prefix “{id}” matches several records: give more of it</source>
        <translation>o início de identificador “{id}” corresponde a vários registros: indique mais caracteres</translation>
    </message>
    <message>
        <source>no colleague installation “{id}” (files were never exchanged with it)</source>
        <translation>não existe a instalação de colega “{id}” (nunca se trocaram arquivos com ela)</translation>
    </message>
    <message>
        <source>“{id}” matches several colleague installations: give more of it</source>
        <translation>“{id}” corresponde a várias instalações de colegas: indique mais caracteres</translation>
    </message>
    <message>
        <source>no meetings match: choose meetings or a period that holds some</source>
        <translation>nenhuma reunião corresponde: escolha reuniões ou um período que as contenha</translation>
    </message>
    <message>
        <source>cannot delete the {kind} “{label}”: {count} other record(s) still refer to it ({referrers})</source>
        <translation>não é possível excluir “{label}” ({kind}): {count} outro(s) registro(s) ainda fazem referência a ele ({referrers})</translation>
    </message>
    <message>
        <source>the {kind} “{label}” was changed by another writer since it was read (now version {current}): {fields} not saved</source>
        <translation>“{label}” ({kind}) foi alterado por outra pessoa depois de lido (agora versão {current}): {fields} não salvo(s)</translation>
    </message>
    <message>
        <source>{file} cannot be imported: {detail}</source>
        <translation>{file} não pode ser importado: {detail}</translation>
    </message>
    <message>
        <source>{file} was refused as unsafe, and nothing was imported ({detail})</source>
        <translation>{file} foi recusado por não ser seguro e nada foi importado ({detail})</translation>
    </message>
    <message>
        <source>{file} is not a MigDesk exchange file</source>
        <translation>{file} não é um arquivo de intercâmbio do MigDesk</translation>
    </message>
    <message>
        <source>{file} was made by a newer MigDesk: update MigDesk to import it</source>
        <translation>{file} foi criado por uma versão mais recente do MigDesk: atualize o MigDesk para importá-lo</translation>
    </message>
    <message>
        <source>the signature of {file} does not verify: the file was changed after it was signed, or signed by another key than the one it names</source>
        <translation>a assinatura de {file} não é válida: o arquivo foi alterado depois de assinado, ou assinado por outra chave que não a indicada</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: arquivo inexistente</translation>
    </message>
    <message>
        <source>{file} cannot be read ({detail})</source>
        <translation>{file} não pode ser lido ({detail})</translation>
    </message>
    <message>
        <source>{file} is encrypted with a passphrase: give the passphrase</source>
        <translation>{file} está cifrado com uma frase-senha: informe-a</translation>
    </message>
    <message>
        <source>{file}: wrong passphrase (or the file was changed)</source>
        <translation>{file}: frase-senha incorreta (ou o arquivo foi alterado)</translation>
    </message>
    <message>
        <source>{file} cannot be decrypted: {detail}</source>
        <translation>{file} não pode ser decifrado: {detail}</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espanhol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francês</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>português</translation>
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
        <translation>%1: outra pessoa o alterou depois que você começou; não foi salvo: %2.</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>o registro</translation>
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
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation>Fi&amp;m:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de término</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
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
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export exchange file</source>
        <translation>Exportar arquivo de intercâmbio</translation>
    </message>
    <message>
        <source>Export for a Colleague</source>
        <translation>Exportar para um colega</translation>
    </message>
    <message>
        <source>Write a file to hand to a colleague (by USB key or e-mail). They import it into their MigDesk; nothing they changed is overwritten.</source>
        <translation>Grave um arquivo para entregar a um colega (em pen drive ou por e-mail). O colega o importa no seu MigDesk; nada do que ele alterou é sobrescrito.</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Tudo</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Exportar tudo</translation>
    </message>
    <message>
        <source>Chosen &amp;meetings, with what they refer to</source>
        <translation>&amp;Reuniões escolhidas, com aquilo a que se referem</translation>
    </message>
    <message>
        <source>Export chosen meetings</source>
        <translation>Exportar as reuniões escolhidas</translation>
    </message>
    <message>
        <source>&amp;Changes since the last file to a colleague</source>
        <translation>&amp;Alterações desde o último arquivo enviado a um colega</translation>
    </message>
    <message>
        <source>Export changes since the last file sent to a colleague</source>
        <translation>Exportar as alterações desde o último arquivo enviado a um colega</translation>
    </message>
    <message>
        <source>Meetings to export</source>
        <translation>Reuniões a exportar</translation>
    </message>
    <message>
        <source>Colleague&apos;s installation</source>
        <translation>Instalação do colega</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 (last file sent: %2)</source>
        <translation>%1 (último arquivo enviado: %2)</translation>
    </message>
    <message>
        <source>Import a file from a colleague first.</source>
        <translation>Importe primeiro um arquivo de um colega.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Arquivo a gravar</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Esc&amp;olher…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Escolher o arquivo a gravar</translation>
    </message>
    <message>
        <source>Colleague:</source>
        <translation>Colega:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Write the exchange file</source>
        <translation>Gravar o arquivo de intercâmbio</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Fechar sem exportar</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Proteção</translation>
    </message>
    <message>
        <source>Signed only (anyone holding the file can read it)</source>
        <translation>Somente assinado (qualquer pessoa com o arquivo pode lê-lo)</translation>
    </message>
    <message>
        <source>Signed only, not encrypted</source>
        <translation>Somente assinado, não cifrado</translation>
    </message>
    <message>
        <source>Encrypted with a &amp;passphrase:</source>
        <translation>Cifrado com uma &amp;frase-senha:</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Cifrar com uma frase-senha</translation>
    </message>
    <message>
        <source>Send the passphrase another way than the file: read it out by phone or send it by text message, never in the same e-mail.</source>
        <translation>Envie a frase-senha por outro meio que não o arquivo: leia-a por telefone ou envie-a por mensagem de texto, nunca no mesmo e-mail.</translation>
    </message>
    <message>
        <source>Encrypted for &amp;contacts (only they can open it):</source>
        <translation>Cifrado para &amp;contatos (somente eles podem abri-lo):</translation>
    </message>
    <message>
        <source>Encrypt for contacts</source>
        <translation>Cifrar para contatos</translation>
    </message>
    <message>
        <source>Contacts who can open the file</source>
        <translation>Contatos que podem abrir o arquivo</translation>
    </message>
    <message>
        <source>Other age keys, separated by spaces</source>
        <translation>Outras chaves age, separadas por espaços</translation>
    </message>
    <message>
        <source>Other keys: age1… (separated by spaces)</source>
        <translation>Outras chaves: age1… (separadas por espaços)</translation>
    </message>
    <message>
        <source>MigDesk exchange files (*.migdesk)</source>
        <translation>Arquivos de intercâmbio do MigDesk (*.migdesk)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Gravando %1…</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>O arquivo não foi gravado.</translation>
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
        <translation>Adotada em</translation>
    </message>
    <message>
        <source>Agenda document</source>
        <translation>Documento da ordem do dia</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Ponto da ordem do dia</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Outros nomes</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgão</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidência</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificação</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Data de emissão</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribuição</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de término</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de término</translation>
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
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamento</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introdução</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Convidado por</translation>
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
        <translation>Tipo de mídia</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Documento da ordem dos trabalhos</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
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
        <translation>Faz parte de</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Position or title</source>
        <translation>Cargo ou título</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Período de sessões</translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
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
        <translation>Data de início</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de início</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Summary symbol</source>
        <translation>Cota do resumo</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cota</translation>
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
        <translation>Ano</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Export Meeting &amp;Summary…</source>
        <translation>Exportar o &amp;resumo da reunião…</translation>
    </message>
    <message>
        <source>Write the selected meeting&apos;s summary as a PDF</source>
        <translation>Gravar o resumo da reunião selecionada em PDF</translation>
    </message>
    <message>
        <source>&amp;Briefing Packet…</source>
        <translation>&amp;Pasta informativa…</translation>
    </message>
    <message>
        <source>Print several meetings with their mandates, actions and events as one PDF</source>
        <translation>Imprimir várias reuniões com seus mandatos, ações e eventos num único PDF</translation>
    </message>
    <message>
        <source>Pre&amp;view PDF…</source>
        <translation>&amp;Visualizar um PDF…</translation>
    </message>
    <message>
        <source>Show a PDF file and print it</source>
        <translation>Mostrar um arquivo PDF e imprimi-lo</translation>
    </message>
    <message>
        <source>&amp;Import Exchange File…</source>
        <translation>&amp;Importar arquivo de intercâmbio…</translation>
    </message>
    <message>
        <source>Preview and merge a file from a colleague</source>
        <translation>Examinar e incorporar um arquivo de um colega</translation>
    </message>
    <message>
        <source>Import &amp;Report…</source>
        <translation>Importar &amp;relatório…</translation>
    </message>
    <message>
        <source>Read a meeting&apos;s report (.txt, .docx, .pdf) into a draft to review</source>
        <translation>Ler o relatório de uma reunião (.txt, .docx, .pdf) em um rascunho para revisar</translation>
    </message>
    <message>
        <source>&amp;Export for a Colleague…</source>
        <translation>&amp;Exportar para um colega…</translation>
    </message>
    <message>
        <source>Write an exchange file for a colleague&apos;s MigDesk</source>
        <translation>Gravar um arquivo de intercâmbio para o MigDesk de um colega</translation>
    </message>
    <message>
        <source>Contacts and &amp;Keys…</source>
        <translation>Contatos e &amp;chaves…</translation>
    </message>
    <message>
        <source>Your signing key, colleagues&apos; keys, and moving your identity</source>
        <translation>A sua chave de assinatura, as chaves dos colegas e a transferência da sua identidade</translation>
    </message>
    <message>
        <source>Export &amp;Calendar (.ics)…</source>
        <translation>Exportar o &amp;calendário (.ics)…</translation>
    </message>
    <message>
        <source>Write meetings, events and due dates for a calendar program</source>
        <translation>Gravar reuniões, eventos e prazos para um programa de calendário</translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV…</source>
        <translation>Exportar a &amp;tabela como CSV…</translation>
    </message>
    <message>
        <source>Write every record of the kind the table shows, for a spreadsheet</source>
        <translation>Gravar todos os registros do tipo mostrado na tabela, para uma planilha</translation>
    </message>
    <message>
        <source>Preview PDF</source>
        <translation>Visualizar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Arquivos PDF (*.pdf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import Exchange File</source>
        <translation>Importar arquivo de intercâmbio</translation>
    </message>
    <message>
        <source>MigDesk exchange files (*.migdesk)</source>
        <translation>Arquivos de intercâmbio do MigDesk (*.migdesk)</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Importar relatório</translation>
    </message>
    <message>
        <source>Meeting reports (*.txt *.docx *.pdf)</source>
        <translation>Relatórios de reuniões (*.txt *.docx *.pdf)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exportar o calendário</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de calendário (*.ics)</translation>
    </message>
    <message>
        <source>%1 calendar entries written to %2</source>
        <translation>%1 entradas de calendário gravadas em %2</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Exportar a tabela como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 linhas gravadas em %2</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Gravando %1…</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>O arquivo não foi gravado.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Opening %1…</source>
        <translation>Abrindo %1…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 aberto</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Não é possível abrir o banco de dados</translation>
    </message>
    <message>
        <source>MigDesk could not open %1.</source>
        <translation>O MigDesk não conseguiu abrir %1.</translation>
    </message>
    <message>
        <source>Open Another…</source>
        <translation>Abrir outro…</translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation>Novo banco de dados…</translation>
    </message>
    <message>
        <source>MigDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados do MigDesk (*.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir banco de dados</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Novo banco de dados</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 já existe.</translation>
    </message>
    <message>
        <source>Choose another name, or use Open Database to open it.</source>
        <translation>Escolha outro nome ou use Abrir banco de dados para abri-lo.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Nenhum banco de dados recente</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Limpar o menu</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Ainda não há backups deste banco de dados.</translation>
    </message>
    <message>
        <source>MigDesk makes one before every upgrade and every restore.</source>
        <translation>O MigDesk faz um antes de cada atualização e de cada restauração.</translation>
    </message>
    <message>
        <source>Replace the database with the chosen backup?</source>
        <translation>Substituir o banco de dados pelo backup escolhido?</translation>
    </message>
    <message>
        <source>Changes made since that backup will no longer be in the database. The database as it is now is backed up first, and this session&apos;s undo history is cleared.</source>
        <translation>As alterações feitas depois desse backup não estarão mais no banco de dados. Antes é feito um backup do banco de dados tal como está, e o histórico de desfazer desta sessão é apagado.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando o backup…</translation>
    </message>
    <message>
        <source>Welcome to MigDesk</source>
        <translation>Bem-vindo ao MigDesk</translation>
    </message>
    <message>
        <source>This database is empty. Load the demo, the CEAM meeting of 13 February 2009?</source>
        <translation>Este banco de dados está vazio. Carregar a demonstração, a reunião da CEAM de 13 de fevereiro de 2009?</translation>
    </message>
    <message>
        <source>The demo holds the meeting&apos;s report as records: the bodies, resolutions, documents, interventions, follow-up actions and events. You can undo the load.</source>
        <translation>A demonstração contém o relatório da reunião sob a forma de registros: os órgãos, resoluções, documentos, intervenções, ações de acompanhamento e eventos. Você pode desfazer o carregamento.</translation>
    </message>
    <message>
        <source>Load the Demo</source>
        <translation>Carregar a demonstração</translation>
    </message>
    <message>
        <source>This import cannot be undone record by record. The backup made just before it (File &gt; Restore Backup) can bring the database back.</source>
        <translation>Esta importação não pode ser desfeita registro por registro. O backup feito logo antes dela (Arquivo &gt; Restaurar backup) pode trazer o banco de dados de volta.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>This MigDesk cannot import exchange files yet.</source>
        <translation>Este MigDesk ainda não pode importar arquivos de intercâmbio.</translation>
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
        <translation>valor local de um conflito não mantido</translation>
    </message>
    <message>
        <source>incoming value of a conflict not kept</source>
        <translation>valor recebido de um conflito não mantido</translation>
    </message>
    <message>
        <source>superseded by a later change that knew it</source>
        <translation>substituído por uma alteração posterior que o conhecia</translation>
    </message>
    <message>
        <source>edit to a record deleted here</source>
        <translation>edição de um registro excluído aqui</translation>
    </message>
    <message>
        <source>deletion from %1 not applied: %2 still need(s) it</source>
        <translation>exclusão vinda de %1 não aplicada: %2 ainda precisa(m) dele</translation>
    </message>
    <message>
        <source>value from %1 refers to a deleted record</source>
        <translation>o valor vindo de %1 remete a um registro excluído</translation>
    </message>
    <message>
        <source>arrived from %1 needing deleted record %2</source>
        <translation>chegou de %1 precisando do registro excluído %2</translation>
    </message>
    <message>
        <source>local edit replaced by import from %1</source>
        <translation>edição local substituída pela importação vinda de %1</translation>
    </message>
    <message>
        <source>import of %1 from %2</source>
        <translation>importação de %1 vinda de %2</translation>
    </message>
    <message>
        <source>Values %1 did not keep: from conflicts, changes made after them, and edits that met a deletion. Nothing here is lost.</source>
        <translation>Valores que %1 não manteve: de conflitos, de alterações posteriores e de edições que encontraram uma exclusão. Nada aqui se perde.</translation>
    </message>
    <message>
        <source>“%1” has kept every value it was given.</source>
        <translation>“%1” manteve todos os valores que recebeu.</translation>
    </message>
    <message>
        <source>this database</source>
        <translation>este banco de dados</translation>
    </message>
    <message>
        <source>installation %1</source>
        <translation>instalação %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Record History</source>
        <translation>Histórico do registro</translation>
    </message>
    <message>
        <source>Values set aside</source>
        <translation>Valores deixados de lado</translation>
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
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Why it was set aside</source>
        <translation>Por que foi deixado de lado</translation>
    </message>
    <message>
        <source>&amp;Use this Value</source>
        <translation>&amp;Usar este valor</translation>
    </message>
    <message>
        <source>Put the selected value back into the record (you can undo it)</source>
        <translation>Colocar o valor selecionado de volta no registro (você pode desfazer)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import exchange file</source>
        <translation>Importar arquivo de intercâmbio</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Who signed the file</source>
        <translation>Quem assinou o arquivo</translation>
    </message>
    <message>
        <source>I compared the words with the sender (by phone, in person): accept this key</source>
        <translation>Comparei as palavras com o remetente (por telefone, pessoalmente): aceitar esta chave</translation>
    </message>
    <message>
        <source>Accept the signer&apos;s new key</source>
        <translation>Aceitar a nova chave do signatário</translation>
    </message>
    <message>
        <source>Records the file changes</source>
        <translation>Registros que o arquivo altera</translation>
    </message>
    <message>
        <source>Conflicts: your value and your colleague&apos;s</source>
        <translation>Conflitos: o seu valor e o do seu colega</translation>
    </message>
    <message>
        <source>These fields were changed both here and by your colleague since you last exchanged files. Choose per field; the value not used is kept in the record&apos;s history.</source>
        <translation>Estes campos foram alterados aqui e pelo seu colega desde a última troca de arquivos. Escolha campo a campo; o valor não usado é conservado no histórico do registro.</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Manter todos os meus</translation>
    </message>
    <message>
        <source>Keep all my values</source>
        <translation>Manter todos os meus valores</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Aceitar todos os dele</translation>
    </message>
    <message>
        <source>Take all my colleague&apos;s values</source>
        <translation>Aceitar todos os valores do meu colega</translation>
    </message>
    <message>
        <source>Changes and conflicts</source>
        <translation>Alterações e conflitos</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import the file with these choices</source>
        <translation>Importar o arquivo com estas escolhas</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar a importação</translation>
    </message>
    <message>
        <source>%1 is encrypted with a passphrase. The sender gives it to you by another way than the file (phone, message).</source>
        <translation>%1 está cifrado com uma frase-senha. O remetente a informa a você por outro meio que não o arquivo (telefone, mensagem).</translation>
    </message>
    <message>
        <source>That passphrase does not open the file. Try again.</source>
        <translation>Essa frase-senha não abre o arquivo. Tente novamente.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <source>%1: exported on %2 by installation %3.</source>
        <translation>%1: exportado em %2 pela instalação %3.</translation>
    </message>
    <message>
        <source>Made by an older MigDesk (exchange format %1): records are merged with the version last exchanged.</source>
        <translation>Criado por um MigDesk mais antigo (formato de intercâmbio %1): os registros são mesclados com a última versão trocada.</translation>
    </message>
    <message>
        <source>Added %1 · Updated %2 · Deleted %3 · Unchanged %4 · In conflict %5</source>
        <translation>Adicionados %1 · Atualizados %2 · Excluídos %3 · Inalterados %4 · Em conflito %5</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflitos (%1)</translation>
    </message>
    <message>
        <source>Encrypted. %1</source>
        <translation>Cifrado. %1</translation>
    </message>
    <message>
        <source>NOT SIGNED, although files from %1 (%2) have been signed before</source>
        <translation>NÃO ASSINADO, embora os arquivos de %1 (%2) tenham sido assinados antes</translation>
    </message>
    <message>
        <source>Not signed (made by an older MigDesk): who made it cannot be checked</source>
        <translation>Não assinado (criado por um MigDesk mais antigo): não é possível verificar quem o criou</translation>
    </message>
    <message>
        <source>Signed by %1 (%2), key %3: a new contact (compare the words with the sender by phone)</source>
        <translation>Assinado por %1 (%2), chave %3: um novo contato (compare as palavras com o remetente por telefone)</translation>
    </message>
    <message>
        <source>Signed by %1 (%2), key %3: the key known for this installation</source>
        <translation>Assinado por %1 (%2), chave %3: a chave conhecida desta instalação</translation>
    </message>
    <message>
        <source>Signed by %1 (%2), key %3: A DIFFERENT KEY from the one known since %4 (%5)</source>
        <translation>Assinado por %1 (%2), chave %3: UMA CHAVE DIFERENTE da conhecida desde %4 (%5)</translation>
    </message>
    <message>
        <source>Signed by %1 (%2), key %3</source>
        <translation>Assinado por %1 (%2), chave %3</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Este arquivo não pode ser importado: %1</translation>
    </message>
    <message>
        <source>A value you typed cannot be used.</source>
        <translation>Um valor que você digitou não pode ser usado.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed.</source>
        <translation>O arquivo não foi importado; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>InterventionForm</name>
    <message>
        <source>Intervention</source>
        <translation>Intervenção</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunião:</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Ponto da ordem do dia:</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Ponto da ordem do dia</translation>
    </message>
    <message>
        <source>&amp;Speaker is:</source>
        <translation>&amp;O orador é:</translation>
    </message>
    <message>
        <source>Speaker is</source>
        <translation>O orador é</translation>
    </message>
    <message>
        <source>S&amp;peaker as printed:</source>
        <translation>Orador &amp;como impresso:</translation>
    </message>
    <message>
        <source>Speaker as printed</source>
        <translation>Orador como impresso</translation>
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
        <translation>Convite</translation>
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
        <translation>&amp;Convidado:</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Convidado</translation>
    </message>
    <message>
        <source>Invited &amp;by:</source>
        <translation>Convidado &amp;por:</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Convidado por</translation>
    </message>
    <message>
        <source>&amp;Response:</source>
        <translation>&amp;Resposta:</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
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
        <translation>organização</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organizações</translation>
    </message>
    <message>
        <source>New Organization</source>
        <translation>Nova organização</translation>
    </message>
    <message>
        <source>person</source>
        <translation>pessoa</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>pessoas</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Nova pessoa</translation>
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
        <translation>Novo cargo</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolução</translation>
    </message>
    <message>
        <source>resolutions</source>
        <translation>resoluções</translation>
    </message>
    <message>
        <source>New Resolution</source>
        <translation>Nova resolução</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>parágrafo</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>parágrafos</translation>
    </message>
    <message>
        <source>New Paragraph</source>
        <translation>Novo parágrafo</translation>
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
        <translation>Novo documento</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunião</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>reuniões</translation>
    </message>
    <message>
        <source>New Meeting</source>
        <translation>Nova reunião</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>ponto da ordem do dia</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>pontos da ordem do dia</translation>
    </message>
    <message>
        <source>New Agenda Item</source>
        <translation>Novo ponto da ordem do dia</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>intervenção</translation>
    </message>
    <message>
        <source>interventions</source>
        <translation>intervenções</translation>
    </message>
    <message>
        <source>New Intervention</source>
        <translation>Nova intervenção</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisão</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>decisões</translation>
    </message>
    <message>
        <source>New Decision</source>
        <translation>Nova decisão</translation>
    </message>
    <message>
        <source>action</source>
        <translation>ação</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>ações</translation>
    </message>
    <message>
        <source>New Action</source>
        <translation>Nova ação</translation>
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
        <translation>Novo evento</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>convite</translation>
    </message>
    <message>
        <source>invitations</source>
        <translation>convites</translation>
    </message>
    <message>
        <source>New Invitation</source>
        <translation>Novo convite</translation>
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
        <translation>Novo anexo</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>tradução</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>traduções</translation>
    </message>
    <message>
        <source>New Translation</source>
        <translation>Nova tradução</translation>
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
        <translation>O MigDesk estará em %1 na próxima vez que for iniciado.</translation>
    </message>
    <message>
        <source>While %1 is set, it decides the language instead (now: %2).</source>
        <translation>Enquanto %1 estiver definida, é ela que decide o idioma (agora: %2).</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Idioma do sistema</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main panes</source>
        <translation>Painéis principais</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Histórico de desfazer</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>Como aberto</translation>
    </message>
    <message>
        <source>Browse, search and history</source>
        <translation>Navegar, pesquisar e histórico</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Navegar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Side panel tabs</source>
        <translation>Abas do painel lateral</translation>
    </message>
    <message>
        <source>%1 (read only)</source>
        <translation>%1 (somente leitura)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Print, Export and Import go above this separator (MainWindow.add_file_actions).</extracomment>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
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
        <translation>Adicionar à &amp;reunião</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Nenhum banco de dados aberto</translation>
    </message>
    <message>
        <source>%1: left %2 alone, changed by another writer since</source>
        <translation>%1: %2 não foi alterado, pois outra pessoa o modificou desde então</translation>
    </message>
    <message>
        <source>Meetings in %1</source>
        <extracomment>Kinds whose changes can change the top-level rows (bodies, saved views, list counts).</extracomment>
        <translation>Reuniões de %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;New %1…</source>
        <translation>&amp;Novo: %1…</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Novo: %1</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Anexar %1</translation>
    </message>
    <message>
        <source>Load the CEAM demo</source>
        <translation>Carregar a demonstração da CEAM</translation>
    </message>
    <message>
        <source>The demo is already in this database</source>
        <translation>A demonstração já está neste banco de dados</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
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
        <translation>Ó&amp;rgão:</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgão</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>Iní&amp;cio:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de início</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>Fi&amp;m:</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de término</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Presidência:</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidência</translation>
    </message>
    <message>
        <source>&amp;Agenda document:</source>
        <translation>Documento da &amp;ordem do dia:</translation>
    </message>
    <message>
        <source>Agenda document</source>
        <translation>Documento da ordem do dia</translation>
    </message>
    <message>
        <source>&amp;Order of business:</source>
        <translation>Ordem dos &amp;trabalhos:</translation>
    </message>
    <message>
        <source>Order of business</source>
        <translation>Ordem dos trabalhos</translation>
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
        <translation>Cota do res&amp;umo:</translation>
    </message>
    <message>
        <source>Summary symbol</source>
        <translation>Cota do resumo</translation>
    </message>
    <message>
        <source>Date o&amp;f issue:</source>
        <translation>Data de e&amp;missão:</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Data de emissão</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Situ&amp;ação:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
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
        <translation>&amp;Introdução:</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introdução</translation>
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
        <translation>Adicionar: {0}…</translation>
    </message>
    <message>
        <source>Add to {0}</source>
        <translation>Adicionar a: {0}</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Agenda items</source>
        <translation>Pontos da ordem do dia</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenções</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Resoluções</translation>
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
        <translation>Todas as organizações</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Mesa diretora</translation>
    </message>
    <message>
        <source>Operative paragraphs</source>
        <translation>Parágrafos resolutivos</translation>
    </message>
    <message>
        <source>Meetings without a body</source>
        <translation>Reuniões sem órgão</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Ações pendentes</translation>
    </message>
    <message>
        <source>Planned, invited and in-progress actions; overdue first</source>
        <translation>Ações previstas, com convite ou em andamento; as atrasadas primeiro</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Próximos eventos</translation>
    </message>
    <message>
        <source>Events starting today or later</source>
        <translation>Eventos que começam hoje ou mais tarde</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sem data</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sem data</translation>
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
        <translation>Frase-senha para cifrar o arquivo</translation>
    </message>
    <message>
        <source>&amp;New Words</source>
        <translation>&amp;Novas palavras</translation>
    </message>
    <message>
        <source>Generate another passphrase</source>
        <translation>Gerar outra frase-senha</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <source>Add the {0}</source>
        <translation>Adicionar: {0}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Use Existing</source>
        <translation>Usar o existente</translation>
    </message>
    <message>
        <source>Go to the record that already has this symbol</source>
        <translation>Ir para o registro que já tem esta cota</translation>
    </message>
    <message>
        <source>Still needed: {0}</source>
        <translation>Ainda falta: {0}</translation>
    </message>
</context>
<context>
    <name>OfficesBox</name>
    <message>
        <source>Offices held</source>
        <extracomment>The owner&apos;s field in an office, by the kind of the form the box is in.</extracomment>
        <translation>Cargos exercidos</translation>
    </message>
    <message>
        <source>Add Office…</source>
        <translation>Adicionar cargo…</translation>
    </message>
    <message>
        <source>Add an office</source>
        <translation>Adicionar um cargo</translation>
    </message>
</context>
<context>
    <name>OrganizationForm</name>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>&amp;Faz parte de:</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Faz parte de</translation>
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
        <translation>&amp;Outros nomes:</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Outros nomes</translation>
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
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sem prazo</translation>
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
        <translation>Reuniões por ano</translation>
    </message>
    <message>
        <source>Open actions by month due</source>
        <translation>Ações pendentes por mês de vencimento</translation>
    </message>
    <message>
        <source>Open actions by when they are due</source>
        <translation>Ações pendentes conforme o prazo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Meetings</source>
        <extracomment>Bar colours per bucket (readable on light and dark windows).</extracomment>
        <translation>Reuniões</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <source>Meeting &amp;summaries</source>
        <translation>&amp;Resumos das reuniões</translation>
    </message>
    <message>
        <source>&amp;Mandates and what was done about them</source>
        <translation>&amp;Mandatos e o que foi feito a respeito</translation>
    </message>
    <message>
        <source>Open follow-up &amp;actions</source>
        <translation>&amp;Ações de acompanhamento pendentes</translation>
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
        <translation>&amp;PDF dos documentos anexos</translation>
    </message>
    <message>
        <source>Briefing packet</source>
        <translation>Pasta informativa</translation>
    </message>
    <message>
        <source>Briefing Packet</source>
        <translation>Pasta informativa</translation>
    </message>
    <message>
        <source>A packet gathers the summaries of the chosen meetings with their mandates, open follow-up actions, upcoming events and documents, as one PDF.</source>
        <translation>Uma pasta informativa reúne num único PDF os resumos das reuniões escolhidas com seus mandatos, as ações de acompanhamento pendentes, os próximos eventos e os documentos.</translation>
    </message>
    <message>
        <source>Chosen &amp;meetings</source>
        <translation>&amp;Reuniões escolhidas</translation>
    </message>
    <message>
        <source>Packet of chosen meetings</source>
        <translation>Pasta das reuniões escolhidas</translation>
    </message>
    <message>
        <source>Meetings in a &amp;period</source>
        <translation>Reuniões de um &amp;período</translation>
    </message>
    <message>
        <source>Packet of the meetings in a period</source>
        <translation>Pasta das reuniões de um período</translation>
    </message>
    <message>
        <source>Filter the meetings</source>
        <translation>Filtrar as reuniões</translation>
    </message>
    <message>
        <source>Filter by date or title</source>
        <translation>Filtrar por data ou título</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Limpar o filtro</translation>
    </message>
    <message>
        <source>Meetings in the packet</source>
        <translation>Reuniões da pasta</translation>
    </message>
    <message>
        <source>Check Shown</source>
        <translation>Marcar as mostradas</translation>
    </message>
    <message>
        <source>Check every meeting shown</source>
        <translation>Marcar todas as reuniões mostradas</translation>
    </message>
    <message>
        <source>Uncheck All</source>
        <translation>Desmarcar todas</translation>
    </message>
    <message>
        <source>Uncheck every meeting</source>
        <translation>Desmarcar todas as reuniões</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primeiro dia do período</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último dia do período</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Até:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <source>Language of the packet</source>
        <translation>Idioma da pasta</translation>
    </message>
    <message>
        <source>PDF file to write</source>
        <translation>Arquivo PDF a gravar</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Esc&amp;olher…</translation>
    </message>
    <message>
        <source>Choose the PDF file to write</source>
        <translation>Escolher o arquivo PDF a gravar</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>&amp;Gerar</translation>
    </message>
    <message>
        <source>Build the briefing packet</source>
        <translation>Gerar a pasta informativa</translation>
    </message>
    <message>
        <source>Open Pre&amp;view</source>
        <translation>Abrir a &amp;visualização</translation>
    </message>
    <message>
        <source>Open the packet in the preview</source>
        <translation>Abrir a pasta na visualização</translation>
    </message>
    <message>
        <source>Close the briefing packet dialog</source>
        <translation>Fechar a caixa de diálogo da pasta informativa</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Gathering the records…</source>
        <translation>Reunindo os registros…</translation>
    </message>
    <message>
        <source>Building %1…</source>
        <translation>Gerando %1…</translation>
    </message>
    <message>
        <source>Built %1 (%2 pages).</source>
        <translation>%1 gerado (%2 páginas).</translation>
    </message>
    <message>
        <source>Cancelled: no packet was written.</source>
        <translation>Cancelado: nenhuma pasta foi gravada.</translation>
    </message>
    <message>
        <source>The packet was not written.</source>
        <translation>A pasta não foi gravada.</translation>
    </message>
</context>
<context>
    <name>ParagraphForm</name>
    <message>
        <source>Paragraph</source>
        <translation>Parágrafo</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolução:</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
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
        <translation>Frase-senha</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase-senha novamente</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Mostrar a frase-senha</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Usar esta frase-senha</translation>
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
        <translation>Visualização do PDF</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Visualização: %1</translation>
    </message>
    <message>
        <source>Preview tool bar</source>
        <translation>Barra de ferramentas da visualização</translation>
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
        <translation>Próxima página</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Ajustar à largura</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Print the PDF</source>
        <translation>Imprimir o PDF</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Fechar a visualização</translation>
    </message>
    <message>
        <source>These characters cannot be printed (no font has them) and show as empty boxes: %1</source>
        <translation>Estes caracteres não podem ser impressos (nenhuma fonte os tem) e aparecem como caixas vazias: %1</translation>
    </message>
    <message>
        <source>Printed in the original language, with no translation: %1</source>
        <translation>Impresso no idioma original, sem tradução: %1</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: %1</source>
        <translation>Este PDF não pode ser mostrado: %1</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>não tem páginas</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimindo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impressão</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Não foi possível iniciar a impressora.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>H&amp;onorific:</source>
        <translation>&amp;Tratamento:</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Tratamento</translation>
    </message>
    <message>
        <source>&amp;Position or title:</source>
        <translation>&amp;Cargo ou título:</translation>
    </message>
    <message>
        <source>Position or title</source>
        <translation>Cargo ou título</translation>
    </message>
    <message>
        <source>O&amp;rganization:</source>
        <translation>O&amp;rganização:</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organização</translation>
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
        <translation>Exportar o resumo da reunião</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamanho do &amp;papel:</translation>
    </message>
    <message>
        <source>The summary was not written.</source>
        <translation>O resumo não foi gravado.</translation>
    </message>
    <message>
        <source>Some characters cannot be printed and show as empty boxes.</source>
        <translation>Alguns caracteres não podem ser impressos e aparecem como caixas vazias.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Gravando %1…</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>Resumo gravado em %1</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Collecting records</source>
        <extracomment>progress steps the services report (exchange import and export, sync), by their English text.</extracomment>
        <translation>Reunindo os registros</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Gravando o arquivo</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Opening the other database</source>
        <translation>Abrindo o outro banco de dados</translation>
    </message>
    <message>
        <source>Backing up both databases</source>
        <translation>Cópia de segurança dos dois bancos de dados</translation>
    </message>
    <message>
        <source>Reading the other database</source>
        <translation>Lendo o outro banco de dados</translation>
    </message>
    <message>
        <source>Reading this database</source>
        <translation>Lendo este banco de dados</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <extracomment>steps that name a kind (&quot;Checking agenda items&quot;): English verb -&gt; template.</extracomment>
        <translation>Verificando: %1</translation>
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
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Required</source>
        <extracomment>Fields kept out of forms: the order of interventions, actions ... is changed by moving them.</extracomment>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>“{0}” is not a whole number</source>
        <translation>“{0}” não é um número inteiro</translation>
    </message>
    <message>
        <source>“{0}” is not a time: use HH:MM, e.g. 14:30</source>
        <translation>“{0}” não é uma hora: use HH:MM, p. ex. 14:30</translation>
    </message>
    <message>
        <source>Too long: {0} characters, at most {1}</source>
        <translation>Longo demais: {0} caracteres, no máximo {1}</translation>
    </message>
    <message>
        <source>Read only: this database cannot be changed from here.</source>
        <extracomment>(kind, values) -&gt; id of the new record. (form, kind, typed text, picker&apos;s field) -&gt; id of the record made, None if none. any change the user made (validity may have changed); NewRecordDialog listens. what a picker&apos;s &quot;New …&quot; does (new_record_dialog.create_form sets it); None: nothing. the field values the last committed edit was based on (see _user_finished)</extracomment>
        <translation>Somente leitura: esta base de dados não pode ser modificada a partir daqui.</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Arquivos:</translation>
    </message>
    <message>
        <source>Offices:</source>
        <translation>Cargos:</translation>
    </message>
    <message>
        <source>Officers:</source>
        <translation>Mesa diretora:</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>p. ex. {0}</translation>
    </message>
    <message>
        <source>Ends before it starts ({0})</source>
        <translation>Termina antes de começar ({0})</translation>
    </message>
    <message>
        <source>Already recorded as “{0}”</source>
        <translation>Já registrado como “{0}”</translation>
    </message>
    <message>
        <source>New records can be added from the main window only.</source>
        <translation>Novos registros só podem ser adicionados a partir da janela principal.</translation>
    </message>
    <message>
        <source>Could not add the {0}</source>
        <extracomment>The kind a new organization made from a picker starts with, by the picker&apos;s field: who speaks, answers an invitation or carries out an action is usually a delegation.</extracomment>
        <translation>Não foi possível adicionar: {0}</translation>
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
        <translation>Título do registro</translation>
    </message>
    <message>
        <source>&amp;Translations…</source>
        <translation>&amp;Traduções…</translation>
    </message>
    <message>
        <source>This record&apos;s texts in Spanish, French, Portuguese and English</source>
        <translation>Os textos deste registro em espanhol, francês, português e inglês</translation>
    </message>
    <message>
        <source>Select a record to see and edit it here.</source>
        <translation>Selecione um registro para vê-lo e editá-lo aqui.</translation>
    </message>
    <message>
        <source>%1 form</source>
        <translation>Formulário: %1</translation>
    </message>
    <message>
        <source>Entry Not Saved</source>
        <translation>Entrada não salva</translation>
    </message>
    <message>
        <source>The %1 “%2” has an entry that cannot be saved.</source>
        <translation>“%2” (%1) tem uma entrada que não pode ser salva.</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuar editando</translation>
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
        <translation>Criar {0}… (Insert)</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Novo: {0}</translation>
    </message>
    <message>
        <source>Search {0}…</source>
        <translation>Pesquisar: {0}…</translation>
    </message>
    <message>
        <source>No {0} matches “{1}”: choose one from the list or add it with +</source>
        <translation>Nenhum registro ({0}) corresponde a “{1}”: escolha um da lista ou adicione-o com +</translation>
    </message>
    <message>
        <source>{0} records match “{1}”: choose one from the list</source>
        <translation>{0} registros correspondem a “{1}”: escolha um da lista</translation>
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
        <translation>Importar relatório %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the draft</source>
        <translation>Importar o rascunho</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Not placed (lines %1–%2, %3): %4</source>
        <translation>Não situado (linhas %1–%2, %3): %4</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>existente</translation>
    </message>
    <message>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <source>%1: meeting of %2 in %3 — %4 records (%5 new, %6 already in the database): %7 interventions, %8 actions, %9 decisions.</source>
        <translation>%1: reunião de %2 em %3 — %4 registros (%5 novos, %6 já no banco de dados): %7 intervenções, %8 ações, %9 decisões.</translation>
    </message>
    <message>
        <source>Import Report</source>
        <translation>Importar relatório</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>kind -&gt; the title of its group in the tree of proposed records.</extracomment>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizações</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Resoluções</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Pontos da ordem do dia</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenções</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Ações de acompanhamento</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Convites</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>delegação</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>delegações</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organização</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>presidência</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>não atribuída</translation>
    </message>
    <message>
        <source>footnote</source>
        <translation>nota de rodapé</translation>
    </message>
    <message>
        <source>a paragraph among follow-up items</source>
        <translation>um parágrafo entre os itens de acompanhamento</translation>
    </message>
    <message>
        <source>replacement characters (�) on lines %1</source>
        <translation>caracteres de substituição (�) nas linhas %1</translation>
    </message>
    <message>
        <source>line %1: the item&apos;s number was lost in conversion; read as %2</source>
        <translation>linha %1: o número do item se perdeu na conversão; lido como %2</translation>
    </message>
    <message>
        <source>no date of the meeting found in the introduction</source>
        <translation>nenhuma data da reunião encontrada na introdução</translation>
    </message>
    <message>
        <source>no body found for the meeting (use --body)</source>
        <translation>nenhum órgão encontrado para a reunião (use --body)</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(sem orador)</translation>
    </message>
    <message>
        <source>place?</source>
        <translation>local?</translation>
    </message>
    <message>
        <source>Invitation (%1)</source>
        <translation>Convite (%1)</translation>
    </message>
    <message>
        <source>&amp;Source text</source>
        <translation>Texto de &amp;origem</translation>
    </message>
    <message>
        <source>Source text of the report, line by line</source>
        <translation>Texto de origem do relatório, linha por linha</translation>
    </message>
    <message>
        <source>&amp;Proposed records</source>
        <translation>Registros &amp;propostos</translation>
    </message>
    <message>
        <source>Proposed records</source>
        <translation>Registros propostos</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>Correct the selected record</source>
        <translation>Corrigir o registro selecionado</translation>
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
        <translation>Definir orador</translation>
    </message>
    <message>
        <source>Set &amp;Speaker</source>
        <translation>Definir o&amp;rador</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Unir ao seguinte</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Unir ao seguinte</translation>
    </message>
    <message>
        <source>Split after first sentence</source>
        <translation>Dividir após a primeira frase</translation>
    </message>
    <message>
        <source>Sp&amp;lit after First Sentence</source>
        <translation>&amp;Dividir após a primeira frase</translation>
    </message>
    <message>
        <source>&amp;Warnings and text not placed</source>
        <translation>&amp;Avisos e texto não situado</translation>
    </message>
    <message>
        <source>Warnings and text not placed</source>
        <translation>Avisos e texto não situado</translation>
    </message>
</context>
<context>
    <name>ResolutionForm</name>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Cota:</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cota</translation>
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
        <translation>Sess&amp;ão:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Período de sessões</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Ano:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>&amp;Adopted on:</source>
        <translation>&amp;Adotada em:</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adotada em</translation>
    </message>
    <message>
        <source>Adopted &amp;by:</source>
        <translation>Adotada &amp;por:</translation>
    </message>
    <message>
        <source>Adopted by</source>
        <translation>Adotada por</translation>
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
        <translation>antes de uma restauração</translation>
    </message>
    <message>
        <source>before upgrade to %1</source>
        <translation>antes da atualização para %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The database as it is now is backed up first, so a restore can itself be undone by restoring that copy.</source>
        <translation>Escolha a cópia à qual voltar. Antes é feito um backup do banco de dados tal como está, de modo que uma restauração pode ser desfeita restaurando essa cópia.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
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
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Intervenções</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Pontos da ordem do dia</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Resoluções</translation>
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
        <translation>Organizações</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
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
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search text</source>
        <extracomment>runs a search in the worker thread (tests wrap it to hold a search back) the number of the latest search started; results of any other are dropped</extracomment>
        <translation>Texto a pesquisar</translation>
    </message>
    <message>
        <source>Search meetings, documents, people…</source>
        <translation>Pesquisar reuniões, documentos, pessoas…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <source>No records match “%1”.</source>
        <translation>Nenhum registro corresponde a “%1”.</translation>
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
        <translation>Digite o endereço do servidor: postgresql://USUÁRIO@SERVIDOR/BANCO</translation>
    </message>
    <message>
        <source>A server address starts with postgresql://</source>
        <translation>O endereço de um servidor começa com postgresql://</translation>
    </message>
    <message>
        <source>A server address has no spaces.</source>
        <translation>O endereço de um servidor não tem espaços.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>A porta deve ser um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Leave the password out: MigDesk never keeps one.</source>
        <translation>Não inclua a senha: o MigDesk nunca a guarda.</translation>
    </message>
    <message>
        <source>The address has a connection parameter PostgreSQL does not know.</source>
        <translation>O endereço tem um parâmetro de conexão que o PostgreSQL não conhece.</translation>
    </message>
    <message>
        <source>Name the database: postgresql://USER@HOST/DATABASE</source>
        <translation>Indique o banco de dados: postgresql://USUÁRIO@SERVIDOR/BANCO</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 aberto</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Não é possível abrir o banco de dados</translation>
    </message>
    <message>
        <source>MigDesk could not open %1.</source>
        <translation>O MigDesk não conseguiu abrir %1.</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Conectar a um servidor</translation>
    </message>
    <message>
        <source>Connect to a database server</source>
        <translation>Conectar a um servidor de banco de dados</translation>
    </message>
    <message>
        <source>&amp;Server address (a PostgreSQL connection URI):</source>
        <translation>Endereço do &amp;servidor (um URI de conexão do PostgreSQL):</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>postgresql://user@host/database</source>
        <translation>postgresql://usuario@servidor/banco</translation>
    </message>
    <message>
        <source>What is wrong with the address</source>
        <translation>O que está errado no endereço</translation>
    </message>
    <message>
        <source>MigDesk never stores your password. The connection finds it in your password file (~/.pgpass), a service file (~/.pg_service.conf) or the PGPASSWORD variable, as every PostgreSQL program does. Other options, such as sslmode=verify-full, go after a question mark.</source>
        <translation>O MigDesk nunca guarda a sua senha. A conexão a encontra no seu arquivo de senhas (~/.pgpass), em um arquivo de serviço (~/.pg_service.conf) ou na variável PGPASSWORD, como todo programa do PostgreSQL. Outras opções, como sslmode=verify-full, vão depois de um ponto de interrogação.</translation>
    </message>
    <message>
        <source>&amp;Recent servers:</source>
        <translation>Servidores &amp;recentes:</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Servidores recentes</translation>
    </message>
</context>
<context>
    <name>StartupScreen</name>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abrindo %1…</translation>
    </message>
</context>
<context>
    <name>SymbolEdit</name>
    <message>
        <source>e.g. AG/RES. 2356 (XXXVIII-O/08)</source>
        <translation>p. ex. AG/RES. 2356 (XXXVIII-O/08)</translation>
    </message>
    <message>
        <source>(read as {0})</source>
        <translation>(lido como {0})</translation>
    </message>
    <message>
        <source>Not a symbol MigDesk recognises: {0}. It is kept as written.</source>
        <translation>Cota não reconhecida pelo MigDesk: {0}. É conservada tal como foi escrita.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Syncing with %1…</source>
        <translation>Sincronizando com %1…</translation>
    </message>
    <message>
        <source>Sync cancelled: neither database was changed</source>
        <translation>Sincronização cancelada: nenhum dos dois bancos de dados mudou</translation>
    </message>
    <message>
        <source>Sync with %1</source>
        <translation>Sincronização com %1</translation>
    </message>
    <message>
        <source>Synced with %1: received %2, sent %3, conflicts %4</source>
        <translation>Sincronizado com %1: recebidos %2, enviados %3, conflitos %4</translation>
    </message>
    <message>
        <source>Sync With</source>
        <translation>Sincronizar com</translation>
    </message>
    <message>
        <source>This database received the changes of %1, but %1 could not take this database&apos;s changes; the next sync sends them.</source>
        <translation>Este banco de dados recebeu as alterações de %1, mas %1 não pôde receber as alterações deste banco de dados; a próxima sincronização as envia.</translation>
    </message>
    <message>
        <source>(cancelled before sending: the next sync sends it)</source>
        <translation>(cancelada antes do envio: a próxima sincronização o envia)</translation>
    </message>
    <message>
        <source>Values chosen after the sync with %1</source>
        <translation>Valores escolhidos após a sincronização com %1</translation>
    </message>
    <message>
        <source>The sync with %1 did not happen; neither database was changed.</source>
        <translation>A sincronização com %1 não ocorreu; nenhum dos dois bancos de dados mudou.</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Conectar a um &amp;servidor…</translation>
    </message>
    <message>
        <source>Open a delegation&apos;s shared database on a PostgreSQL server</source>
        <translation>Abrir o banco de dados compartilhado de uma delegação em um servidor PostgreSQL</translation>
    </message>
    <message>
        <source>S&amp;ync With…</source>
        <translation>S&amp;incronizar com…</translation>
    </message>
    <message>
        <source>Bring this database and another (a file or a server) together both ways</source>
        <translation>Reunir este banco de dados e outro (um arquivo ou um servidor) nos dois sentidos</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Changed on Both Sides</source>
        <translation>Alterado nos dois lados</translation>
    </message>
    <message>
        <source>Fields changed on both sides: your value and the other database&apos;s</source>
        <translation>Campos alterados nos dois lados: o seu valor e o do outro banco de dados</translation>
    </message>
    <message>
        <source>These fields were changed both here and in %1 since the last sync. This database kept its values (Mine), and the sync sent them there; the others (Theirs) are kept in each record&apos;s history. Choose Take Theirs or Edit to use another value.</source>
        <translation>Estes campos foram alterados aqui e em %1 desde a última sincronização. Este banco de dados manteve os seus valores (Meus) e a sincronização os enviou para lá; os outros (Deles) ficam no histórico de cada registro. Escolha Usar os deles ou Editar para usar outro valor.</translation>
    </message>
    <message>
        <source>&amp;Use These Values</source>
        <translation>&amp;Usar estes valores</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>A value you typed cannot be used.</source>
        <translation>Um valor que você digitou não pode ser usado.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>What the other database changed comes here, and what you changed here goes there. Where both changed the same field, this database keeps its value and the other is kept in the record&apos;s history. Both databases are backed up first.</source>
        <translation>O que o outro banco de dados alterou chega aqui, e o que você alterou aqui vai para lá. Onde ambos alteraram o mesmo campo, este banco de dados mantém o seu valor e o outro fica no histórico do registro. Antes é feita uma cópia de segurança dos dois bancos de dados.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>Sync With</source>
        <translation>Sincronizar com</translation>
    </message>
    <message>
        <source>MigDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados do MigDesk (*.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Sync with another database</source>
        <translation>Sincronizar com outro banco de dados</translation>
    </message>
    <message>
        <source>A database &amp;file:</source>
        <translation>Um &amp;arquivo de banco de dados:</translation>
    </message>
    <message>
        <source>The other database file</source>
        <translation>O arquivo do outro banco de dados</translation>
    </message>
    <message>
        <source>delegation.sqlite</source>
        <translation>delegacao.sqlite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Choose the other database file</source>
        <translation>Escolher o arquivo do outro banco de dados</translation>
    </message>
    <message>
        <source>A &amp;server you connected to:</source>
        <translation>Um &amp;servidor ao qual você se conectou:</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Servidores recentes</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>Records of the selected item</source>
        <translation>Registros do item selecionado</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Filtrar a tabela</translation>
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
        <translation>Traduções: %1</translation>
    </message>
    <message>
        <source>Field to translate</source>
        <translation>Campo a traduzir</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <source>Text in %1</source>
        <extracomment>Text fields that are the same in every language (symbols, file facts, numbers).</extracomment>
        <translation>Texto em %1</translation>
    </message>
    <message>
        <source>No translation yet: type it here.</source>
        <translation>Ainda não há tradução: digite-a aqui.</translation>
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
        <translation>Guia do usuário do MigDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do usuário</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Intergovernmental organization</source>
        <translation>Organização intergovernamental</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>Órgão</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Conselho</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comissão</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Grupo de trabalho</translation>
    </message>
    <message>
        <source>Regional consultative process</source>
        <translation>Processo consultivo regional</translation>
    </message>
    <message>
        <source>Subregional bloc</source>
        <translation>Bloco sub-regional</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaria</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comissão</translation>
    </message>
    <message>
        <source>Member state delegation</source>
        <translation>Delegação de Estado membro</translation>
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
        <translation>Realizada</translation>
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
        <translation>Convidada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Fórum</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminário</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceita</translation>
    </message>
    <message>
        <source>Unable to attend</source>
        <translation>Não pode comparecer</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Compareceu</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordou</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitou</translation>
    </message>
    <message>
        <source>Took note</source>
        <translation>Tomou nota</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendou</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Elegeu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovou</translation>
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
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>Vice-presidência</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relatoria</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidência</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>One delegation</source>
        <translation>Uma delegação</translation>
    </message>
    <message>
        <source>Several named delegations</source>
        <translation>Várias delegações nomeadas</translation>
    </message>
    <message>
        <source>An unnamed group</source>
        <translation>Um grupo não nomeado</translation>
    </message>
    <message>
        <source>An organization</source>
        <translation>Uma organização</translation>
    </message>
    <message>
        <source>The chair</source>
        <translation>A Presidência</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Não atribuído</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Novo banco de dados…</translation>
    </message>
    <message>
        <source>Create an empty database file</source>
        <translation>Criar um arquivo de banco de dados vazio</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir banco de dados…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Abrir outro arquivo de banco de dados</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar um backup…</translation>
    </message>
    <message>
        <source>Go back to one of the database&apos;s backup copies</source>
        <translation>Voltar a uma das cópias de backup do banco de dados</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Close MigDesk</source>
        <translation>Fechar o MigDesk</translation>
    </message>
    <message>
        <source>Load &amp;Demo Meeting</source>
        <translation>Carregar a reunião de &amp;demonstração</translation>
    </message>
    <message>
        <source>Add the CEAM meeting of 13 February 2009 to this database (you can undo it)</source>
        <translation>Adicionar a reunião da CEAM de 13 de fevereiro de 2009 a este banco de dados (você pode desfazer)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Pesquisar…</translation>
    </message>
    <message>
        <source>Search every record</source>
        <translation>Pesquisar em todos os registros</translation>
    </message>
    <message>
        <source>Fi&amp;lter Table</source>
        <translation>Fi&amp;ltrar a tabela</translation>
    </message>
    <message>
        <source>Type to keep only the matching rows of the table</source>
        <translation>Digite para manter só as linhas da tabela que correspondem</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;Histórico de desfazer</translation>
    </message>
    <message>
        <source>Show every change of this session</source>
        <translation>Mostrar todas as alterações desta sessão</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Navegar</translation>
    </message>
    <message>
        <source>Show the navigator tree</source>
        <translation>Mostrar a árvore de navegação</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>Add a record here</source>
        <translation>Adicionar um registro aqui</translation>
    </message>
    <message>
        <source>&amp;Agenda Item…</source>
        <translation>&amp;Ponto da ordem do dia…</translation>
    </message>
    <message>
        <source>Add an agenda item to the meeting</source>
        <translation>Adicionar um ponto da ordem do dia à reunião</translation>
    </message>
    <message>
        <source>&amp;Intervention…</source>
        <translation>&amp;Intervenção…</translation>
    </message>
    <message>
        <source>Add an intervention to the meeting</source>
        <translation>Adicionar uma intervenção à reunião</translation>
    </message>
    <message>
        <source>&amp;Decision…</source>
        <translation>&amp;Decisão…</translation>
    </message>
    <message>
        <source>Add a decision to the meeting</source>
        <translation>Adicionar uma decisão à reunião</translation>
    </message>
    <message>
        <source>Follow-up A&amp;ction…</source>
        <translation>A&amp;ção de acompanhamento…</translation>
    </message>
    <message>
        <source>Add a follow-up action to the meeting</source>
        <translation>Adicionar uma ação de acompanhamento à reunião</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Delete the selected records (you can undo it)</source>
        <translation>Excluir os registros selecionados (pode ser desfeito)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the record one place earlier</source>
        <translation>Mover o registro uma posição para cima</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descer</translation>
    </message>
    <message>
        <source>Move the record one place later</source>
        <translation>Mover o registro uma posição para baixo</translation>
    </message>
    <message>
        <source>Record &amp;History…</source>
        <translation>&amp;Histórico do registro…</translation>
    </message>
    <message>
        <source>Values the record did not keep (conflicts, superseded), to use one again</source>
        <translation>Valores que o registro não manteve (conflitos, substituídos), para usar um novamente</translation>
    </message>
    <message>
        <source>Body &amp;Overview</source>
        <translation>&amp;Panorama do órgão</translation>
    </message>
    <message>
        <source>Meetings per year and open actions of the selected body</source>
        <translation>Reuniões por ano e ações pendentes do órgão selecionado</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Read the database again (after changes made outside this window)</source>
        <translation>Ler o banco de dados de novo (após alterações feitas fora desta janela)</translation>
    </message>
    <message>
        <source>MigDesk &amp;User Guide</source>
        <translation>&amp;Guia do usuário do MigDesk</translation>
    </message>
    <message>
        <source>Installing, recording a meeting, printing and sharing</source>
        <translation>Instalação, registro de uma reunião, impressão e compartilhamento</translation>
    </message>
    <message>
        <source>&amp;About MigDesk</source>
        <translation>&amp;Sobre o MigDesk</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Versão e licenças</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Qt&apos;s version and licence</source>
        <translation>Versão e licença do Qt</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>Remove {0}</source>
        <translation>Remover: {0}</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Translate %1</source>
        <translation>Traduzir: %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Import Report</source>
        <translation>Importar relatório</translation>
    </message>
    <message>
        <source>Import report %1</source>
        <translation>Importar o relatório %1</translation>
    </message>
</context>
</TS>
