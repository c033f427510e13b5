#pragma once

#include <QObject>

class QSocketNotifier;

namespace kefu {

// Turns SIGTERM and SIGINT into a Qt signal on the thread that owns this object (the self-pipe trick: the handler
// only writes a byte), so a headless command can stop cleanly — close the socket, commit, close the store — instead
// of dying mid-transaction. One instance at a time; the previous handlers come back when it is destroyed.
class StopSignals : public QObject {
    Q_OBJECT
public:
    explicit StopSignals(QObject* parent = nullptr);
    ~StopSignals() override;

    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
};

}  // namespace kefu
