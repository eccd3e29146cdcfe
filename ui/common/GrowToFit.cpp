#include "GrowToFit.h"

#include <QLayout>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace fb {

namespace {
QRect roomFor(const QWidget *window) {
    return window->screen() ? window->screen()->availableGeometry() : QRect();
}
} // namespace

void growToWidth(QWidget *window, int width) {
    const QRect room = roomFor(window);
    if (room.isValid())
        width = std::min(width, room.width());
    if (width > window->width())
        window->resize(width, window->height());
}

void growToFit(QWidget *window) {
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate(); // the size hints of the new texts, now rather than at the next event
    const QSize hint = layout->totalSizeHint();
    const QRect room = roomFor(window);
    int width = std::max(window->width(), hint.width());
    if (room.isValid())
        width = std::min(width, room.width());
    int height =
        std::max(window->height(),
                 layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : hint.height());
    if (room.isValid())
        height = std::min(height, room.height());
    if (width != window->width() || height != window->height())
        window->resize(width, height);
}

} // namespace fb
