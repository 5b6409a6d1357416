"""Exchange between delegates: export a .migdesk file, preview and import one.

    export_file(db, "for-maria.migdesk")                        # everything
    export_file(db, path, meeting_ids=["b2077722"])             # meetings + what they use
    export_file(db, path, since_peer=installation_id)           # changes since last file
    report = import_file(db, path, dry_run=True)                # preview
    report = import_file(db, path, resolutions={(id, "title"): "Agreed title"})

An import reads and checks the whole file first (services/exchange_file.py), then checks
references against the database, merges every record by UUID (merge.py) and writes
everything in one transaction. Values that lose a conflict go to the record's history
(HistoryEntry): nothing is lost. The file format is described in docs/exchange-format.md.

The package's modules, one job each: export.py (writing a file), importing.py (the import
from start to end), checks.py (the file against this database), plan.py (the merge of each
record), apply.py (the bulk writes), results.py (what an import reports), peers.py,
lookups.py, fields.py and progress.py (what they share). The public names are here.
"""

from __future__ import annotations

from migdesk.services.exchange.export import export_file
from migdesk.services.exchange.importing import import_file
from migdesk.services.exchange.peers import Peer, list_peers
from migdesk.services.exchange.progress import Progress
from migdesk.services.exchange.results import Conflict, ImportReport, RecordChange
from migdesk.services.exchange_file import SUFFIX, ExchangeFileError, Lock

__all__ = [
    "SUFFIX",
    "Conflict",
    "ExchangeFileError",
    "ImportReport",
    "Lock",
    "Peer",
    "Progress",
    "RecordChange",
    "export_file",
    "import_file",
    "list_peers",
]
