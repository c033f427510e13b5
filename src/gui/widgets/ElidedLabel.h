#pragma once

#include <QLabel>

namespace kefu {

// A one-line plain-text label that gives way in a narrow window: it shrinks to a few characters and elides the
// rest ("接待：王…") instead of holding the whole row (and so the window) at its full text width. Hovering a cut
// text shows it whole.
class ElidedLabel : public QLabel {
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QRect textArea() const;
    bool isCut() const;
};

}  // namespace kefu
