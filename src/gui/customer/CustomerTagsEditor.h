#pragma once

#include "core/Customer.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace kefu {

class FlowLayout;

// The merchant's tags on a buyer as coloured chips: remove with the chip's ×, add with a name and a colour from a
// small palette. The owner saves what tagsEdited reports; the order of the tags is kept.
class CustomerTagsEditor : public QWidget {
    Q_OBJECT

public:
    explicit CustomerTagsEditor(QWidget* parent = nullptr);

    void setTags(const QList<CustomerTag>& tags);
    QList<CustomerTag> tags() const { return m_tags; }
    static QList<CustomerTag> palette();  // the colours offered, named for the combo box

Q_SIGNALS:
    void tagsEdited(const QList<kefu::CustomerTag>& tags);

private:
    void rebuildChips();
    QWidget* createChip(int index);
    void addTag();
    void removeTag(int index);
    void updateAddButton();

    QList<CustomerTag> m_tags;
    QWidget* m_chips;
    FlowLayout* m_flow;
    QLineEdit* m_name;
    QComboBox* m_color;
    QPushButton* m_add;
};

}  // namespace kefu
