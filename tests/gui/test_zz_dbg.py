from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from migdesk.gui.print_dialogs import PdfPreviewDialog

def test_dbg(qtbot, tmp_path, demo_db):
    from migdesk.services.printing import write_summary
    from migdesk.services.demo import demo_id
    write_summary(demo_db, demo_id("meeting"), tmp_path / "s.pdf")
    p = PdfPreviewDialog(tmp_path / "s.pdf")
    qtbot.addWidget(p)
    p.show(); qtbot.waitExposed(p)
    print("A", QApplication.activeWindow(), p.windowHandle().isActive() if p.windowHandle() else None)
    p.raise_(); p.activateWindow(); qtbot.wait(100)
    print("B", QApplication.activeWindow(), QApplication.focusWidget())
    p.windowHandle().requestActivate(); qtbot.wait(100)
    print("C", QApplication.activeWindow(), QApplication.focusWidget())
    p.scroll_area.setFocus(); qtbot.keyClick(p.scroll_area, Qt.Key.Key_PageDown)
    print(p.page_label.text())
