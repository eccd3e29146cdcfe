#pragma once

#include <QTableView>

namespace fb {

// A table whose rows are picked whole, one at a time (the window's records, the trash). A
// click on a row's number picks the row here, not through QTableView::selectRow(): in a
// right-to-left layout (Arabic) Qt 6.4's QTableViewPrivate::selectRow looks for the first
// column at logicalIndexAt(viewport()->width()), one pixel beyond the viewport's edge, finds
// none, and neither selects the row nor makes it current. (QTableView::selectRow() itself is
// not virtual and stays so in that layout: the product does not call it.)
class RecordTableView : public QTableView {
    Q_OBJECT
public:
    explicit RecordTableView(QWidget *parent = nullptr);

    // Selects `row` whole and makes its first column, as shown, current.
    void pickRow(int row);
};

} // namespace fb
