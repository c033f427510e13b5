#include "app/StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace kefu {

StartupProbe::StartupProbe(QWidget& window) : QObject(&window) {
    window.installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Report once this paint (and the frame it belongs to) has finished.
        QTimer::singleShot(0, this, [] {
            std::fputs("painted\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace kefu
