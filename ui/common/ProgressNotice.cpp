#include "ProgressNotice.h"

#include <QTimer>

namespace fb {

ProgressNotice::ProgressNotice(const QString &label, QWidget *parent)
    : QObject(parent)
    , m_dialog(new QProgressDialog(label, tr("Cancel"), 0, 0, parent)) {
    m_dialog->setObjectName(u"progress"_qs);
    m_dialog->setWindowModality(Qt::NonModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setValue(0); // starts the 300 ms clock
    connect(m_dialog, &QProgressDialog::canceled, this, &ProgressNotice::canceled);
}

bool ProgressNotice::wasCanceled() const {
    return !m_dialog || m_dialog->wasCanceled();
}

void ProgressNotice::setProgress(int done, int total) {
    if (!m_dialog)
        return;
    m_dialog->setMaximum(total);
    m_dialog->setValue(done);
}

void ProgressNotice::setShare(qint64 done, qint64 total) {
    if (total > 0)
        setProgress(int(done * 1000 / total), 1000);
    else
        setProgress(0, 0);
}

void ProgressNotice::poll(int ms, const std::function<void()> &look) {
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, look);
    timer->start(ms);
}

void ProgressNotice::setLabelText(const QString &text) {
    if (m_dialog)
        m_dialog->setLabelText(text);
}

void ProgressNotice::finish() {
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    deleteLater();
}

} // namespace fb
