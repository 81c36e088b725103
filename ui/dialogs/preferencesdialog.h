#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QLineEdit;

namespace bifrost {

// Where the database lives and which secret backend holds secrets. Both are read once at start,
// so changes apply the next time Bifrost Admin starts; the dialog says so. Stored in QSettings
// under databasePathKey and secretBackendKey; an empty path means Store::defaultPath().
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    static QString databasePathKey() { return QStringLiteral("database/path"); }
    static QString secretBackendKey() { return QStringLiteral("secrets/backend"); }
    static QString keychainBackend() { return QStringLiteral("keychain"); }
    static QString vaultBackend() { return QStringLiteral("vault"); }

    // `currentPath`: the database this process uses, shown for reference.
    explicit PreferencesDialog(const QString &currentPath, QWidget *parent = nullptr);

    QLineEdit *databasePathEdit() const { return m_path; }
    QComboBox *secretBackendCombo() const { return m_backend; }

    void accept() override;

private:
    void browse();

    QLineEdit *m_path;
    QComboBox *m_backend;
};

} // namespace bifrost
