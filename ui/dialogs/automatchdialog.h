#pragma once

#include "pastereviewdialog.h"
#include "store/store.h"

#include <QList>
#include <QString>

class QCheckBox;
class QPushButton;
class QTableView;

namespace bifrost {

class AdminSession;
class AutoMatchModel;

// Maps organizations to a pasted list of external entities by name: exact matches (after
// normalising case, accents and legal suffixes) start accepted, fuzzy ones start unchecked; the
// admin reviews each row and Apply writes the accepted ones as one MappingCommand.
class AutoMatchDialog final : public PasteReviewDialog {
    Q_OBJECT
public:
    AutoMatchDialog(AdminSession *session, QString integrationId, QList<OrganizationStatus> organizations,
                    QWidget *parent = nullptr);

    QCheckBox *includeMappedBox() const { return m_includeMapped; }
    QPushButton *matchButton() const { return m_matchButton; }
    QTableView *matchView() const { return view(); }
    AutoMatchModel *matchModel() const { return m_model; }

    // Parses the pasted entities and proposes matches; false (with the error shown) when the text
    // cannot be read.
    bool match();
    void accept() override;

private:
    void showError(const QString &message);
    void updateApply();

    AdminSession *m_session;
    QString m_integrationId;
    QList<OrganizationStatus> m_organizations;
    QCheckBox *m_includeMapped;
    QPushButton *m_matchButton;
    AutoMatchModel *m_model;
};

} // namespace bifrost
