#include "RecordTableView.h"

#include <QHeaderView>

namespace fb {

RecordTableView::RecordTableView(QWidget *parent)
    : QTableView(parent) {
    QHeaderView *rows = verticalHeader();
    // In place of QTableView's own connections to its private row selection.
    disconnect(rows, &QHeaderView::sectionPressed, this, nullptr);
    disconnect(rows, &QHeaderView::sectionEntered, this, nullptr);
    connect(rows, &QHeaderView::sectionPressed, this, &RecordTableView::pickRow);
    connect(rows, &QHeaderView::sectionEntered, this, &RecordTableView::pickRow);
}

void RecordTableView::pickRow(int row) {
    if (!model() || !selectionModel() || row < 0 || row >= model()->rowCount(rootIndex()))
        return;
    const int column = std::max(0, horizontalHeader()->logicalIndex(0));
    selectionModel()->setCurrentIndex(model()->index(row, column, rootIndex()),
                                      QItemSelectionModel::ClearAndSelect |
                                          QItemSelectionModel::Rows);
}

} // namespace fb
