#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bifrost {

// Where the database lives and which secret backend holds secrets. Both are read once at start,
// so changes apply the next time Bifrost Admin starts; the dialog says so. Stored in QSettings
// under databasePathKey and secretBackendKey; an empty path means Store::defaultPath(). The
// location is an SQLite file or a shared PostgreSQL database (postgresql://USER@HOST:PORT/DBNAME,
// team mode), checked with DatabaseLocation::parse as it is typed: OK stays disabled while the
// core refuses it, with the core's message under the field.
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
    // The core's message about the typed location; hidden while the location is acceptable.
    QLabel *locationErrorLabel() const { return m_locationError; }
    QPushButton *okButton() const { return m_ok; }
    // Whether the typed location parses (empty: the default, which does).
    bool locationValid() const;

    void accept() override;

private:
    void browse();
    void validateLocation();

    QLineEdit *m_path;
    QComboBox *m_backend;
    QLabel *m_locationError;
    QLabel *m_teamNote;
    QPushButton *m_ok = nullptr;
};

} // namespace bifrost
