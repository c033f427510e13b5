#pragma once

#include <QObject>

class QWidget;

namespace kefu {

// `kefudesk --startup-probe`: when the main window has painted for the first time, prints "painted" on stdout and
// quits. The startup benchmark starts the process and times it up to that line, so it measures what an agent
// waits for: process start, store open, sign-in, first frame.
class StartupProbe : public QObject {
    Q_OBJECT

public:
    explicit StartupProbe(QWidget& window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_reported = false;
};

}  // namespace kefu
