#pragma once

#include <QHash>
#include <QString>

namespace kefu {

// What the agent had typed per conversation: kept in memory while running and in QSettings (drafts/<id>) so an
// unsent reply survives a restart.
class DraftStore {
public:
    QString draft(qint64 conversationId);
    void setDraft(qint64 conversationId, const QString& text);  // empty text clears it
    void clear(qint64 conversationId) { setDraft(conversationId, QString()); }

private:
    static QString key(qint64 conversationId);
    QHash<qint64, QString> m_drafts;
};

}  // namespace kefu
