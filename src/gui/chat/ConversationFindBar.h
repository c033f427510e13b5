#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace kefu {

// Ctrl+F over the shown conversation: Enter searches (or goes to the next older hit), Shift+Enter the newer one,
// Esc closes. The panel runs the search and tells the bar where it is.
class ConversationFindBar : public QWidget {
    Q_OBJECT

public:
    explicit ConversationFindBar(QWidget* parent = nullptr);

    void open();
    QString text() const;
    void setPosition(int current, int total);  // 1-based current; total 0 = no hit
    void setSearching();
    void setError(const QString& message);

Q_SIGNALS:
    void searchRequested(const QString& text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void submit(bool backwards);

    QLineEdit* m_edit;
    QLabel* m_position;
    QToolButton* m_previous;
    QToolButton* m_next;
    QToolButton* m_close;
    QString m_searched;
};

}  // namespace kefu
