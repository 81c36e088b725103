#include "mainwindow.h"

#include "secrets/secretstore.h"
#include "session/adminsession.h"
#include "store/store.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace bifrost {

namespace {

QWidget *titledList(const QString &title, QListWidget *list) {
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(list);
    return box;
}

} // namespace

MainWindow::MainWindow(AdminSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_integrations(new QListWidget(this))
    , m_organizations(new QListWidget(this)) {
    setWindowTitle(tr("Bifrost Admin"));
    m_integrations->setObjectName(QStringLiteral("integrationList"));
    m_organizations->setObjectName(QStringLiteral("organizationList"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(titledList(tr("Integrations"), m_integrations));
    layout->addWidget(titledList(tr("Organizations"), m_organizations));
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Bifrost Admin"), this, [this] {
        QMessageBox::about(
            this, tr("About Bifrost Admin"),
            tr("Bifrost Admin %1\nIntegration settings, per-organization overrides and OAuth for "
               "MSP automation.")
                .arg(QApplication::applicationVersion()));
    });

    auto *dbLabel = new QLabel(tr("Database: %1").arg(m_session->store().path()), this);
    dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addWidget(dbLabel, 1);
    const QString backend =
        m_session->store().secrets() ? m_session->store().secrets()->description() : tr("none");
    statusBar()->addPermanentWidget(new QLabel(tr("Secrets: %1").arg(backend), this));

    resize(900, 600);
    reload();
}

void MainWindow::reload() {
    m_integrations->clear();
    m_organizations->clear();
    if (auto list = m_session->store().integrations()) {
        for (const Integration &i : *list)
            m_integrations->addItem(i.name);
    } else {
        statusBar()->showMessage(list.error().message);
    }
    if (auto list = m_session->store().organizations()) {
        for (const Organization &o : *list)
            m_organizations->addItem(o.name);
    } else {
        statusBar()->showMessage(list.error().message);
    }
}

} // namespace bifrost
