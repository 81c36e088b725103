// bifrost-bench-gui: the GUI paths of issue 3 timed in process with real widgets (offscreen) on a
// dataset written by bifrost-bench-dataset. A timing harness, not Google Benchmark: each step is
// a user action whose cost includes the event processing that follows it.
//
//   bifrost-bench-gui --db PATH [--rounds N] [--json FILE]
//
//   open-page     IntegrationPage::setIntegration on the Overview tab, then each other tab's
//                 first load, for N integrations in turn (what clicking an integration costs)
//   filter-key    one keystroke in the Organizations tab's search field, through the filter proxy
//                 and the view's relayout: typing "org-1" and erasing it again, N rounds
//   matrix-open   opening the overrides matrix, and how many rows it loaded (never all of them)
//   matrix-fetch  each page the matrix loads while scrolling to the end
#include "pages/integration/organizationstab.h"
#include "pages/integration/overridesmatrixtab.h"
#include "pages/integrationpage.h"
#include "secrets/keychainsecretstore.h"
#include "session/adminsession.h"
#include "store/store.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace bifrost;

namespace {

struct Series {
    QString name;
    QList<double> ms;

    double quantile(double q) const {
        if (ms.isEmpty())
            return 0;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(qMin(sorted.size() - 1, qsizetype(q * double(sorted.size() - 1) + 0.5)));
    }
    QJsonObject toJson() const {
        QJsonArray samples;
        for (double v : ms)
            samples.append(v);
        return {{QStringLiteral("name"), name},
                {QStringLiteral("median_ms"), quantile(0.5)},
                {QStringLiteral("p90_ms"), quantile(0.9)},
                {QStringLiteral("max_ms"), ms.isEmpty() ? 0 : *std::max_element(ms.cbegin(), ms.cend())},
                {QStringLiteral("samples_ms"), samples}};
    }
};

void settle() {
    QApplication::processEvents();
    QApplication::processEvents();
}

template <typename F>
double timeMs(F &&action) {
    QElapsedTimer timer;
    timer.start();
    action();
    settle();
    return double(timer.nsecsElapsed()) / 1e6;
}

[[noreturn]] void fail(const QString &message) {
    QTextStream(stderr) << "bifrost-bench-gui: error: " << message << '\n';
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Dataset database."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds per series."),
                                          QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the samples here."),
                                        QStringLiteral("FILE"));
    parser.addOptions({dbOption, roundsOption, jsonOption});
    parser.process(app);
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    KeychainSecretStore secrets;
    auto store = Store::open(parser.value(dbOption), &secrets);
    if (!store)
        fail(store.error().message);
    AdminSession session(store->get());
    auto integrations = (*store)->integrations();
    if (!integrations || integrations->isEmpty())
        fail(QStringLiteral("the dataset has no integrations"));

    IntegrationPage page(&session);
    page.resize(1280, 800);
    page.show();
    settle();

    Series open{QStringLiteral("open-page"), {}};
    QList<Series> tabs;
    for (int t = 1; t < page.tabs()->count(); ++t)
        tabs.append({QStringLiteral("first-load-tab-%1").arg(t), {}});
    for (int r = 0; r < rounds; ++r) {
        const Integration &integration = integrations->at(r % integrations->size());
        page.tabs()->setCurrentIndex(0);
        settle();
        open.ms << timeMs([&] { page.setIntegration(integration.id); });
        for (int t = 1; t < page.tabs()->count(); ++t)
            tabs[t - 1].ms << timeMs([&] { page.tabs()->setCurrentIndex(t); });
    }

    // Typing into the organizations filter.
    page.setIntegration(integrations->first().id);
    page.tabs()->setCurrentWidget(page.organizationsTab());
    settle();
    auto *search = page.organizationsTab()->findChild<QLineEdit *>(QStringLiteral("organizationSearch"));
    if (!search)
        fail(QStringLiteral("the organizations tab has no search field named organizationSearch"));
    search->setFocus();
    Series filter{QStringLiteral("filter-key"), {}};
    const QString typed = QStringLiteral("org-1");
    for (int r = 0; r < rounds; ++r) {
        for (QChar c : typed)
            filter.ms << timeMs([&] { QTest::keyClick(search, c.toLatin1()); });
        for (qsizetype i = 0; i < typed.size(); ++i)
            filter.ms << timeMs([&] { QTest::keyClick(search, Qt::Key_Backspace); });
    }

    // The overrides matrix: opening it, and every page it loads while scrolling to the end.
    Series matrixOpen{QStringLiteral("matrix-open"), {}};
    Series matrixFetch{QStringLiteral("matrix-fetch"), {}};
    page.tabs()->setCurrentIndex(0);
    settle();
    page.setIntegration(integrations->at(1 % integrations->size()).id);
    matrixOpen.ms << timeMs([&] { page.tabs()->setCurrentWidget(page.overridesMatrixTab()); });
    auto *matrix = page.overridesMatrixTab()->findChild<QTableView *>(QStringLiteral("matrixTable"));
    if (!matrix)
        fail(QStringLiteral("the overrides matrix tab has no view named matrixTable"));
    QAbstractItemModel *model = matrix->model();
    const int firstRows = model->rowCount();
    auto statuses = (*store)->organizationStatuses(integrations->at(1 % integrations->size()).id);
    const qsizetype totalRows = statuses ? statuses->size() : -1;
    while (model->canFetchMore({}))
        matrixFetch.ms << timeMs([&] { model->fetchMore({}); });
    matrix->verticalScrollBar()->setValue(matrix->verticalScrollBar()->maximum());
    settle();

    const QList<Series> all = QList<Series>{open} + tabs + QList<Series>{filter, matrixOpen, matrixFetch};
    QTextStream outStream(stdout);
    for (const Series &s : all)
        outStream << QStringLiteral("%1 median %2 ms  p90 %3 ms  (%4 samples)\n")
                         .arg(s.name, -20)
                         .arg(s.quantile(0.5), 0, 'f', 2)
                         .arg(s.quantile(0.9), 0, 'f', 2)
                         .arg(s.ms.size());
    outStream << QStringLiteral("matrix rows loaded when opened: %1 of %2; after scrolling: %3\n")
                     .arg(firstRows)
                     .arg(totalRows)
                     .arg(model->rowCount());
    if (parser.isSet(jsonOption)) {
        QJsonArray series;
        for (const Series &s : all)
            series.append(s.toJson());
        QJsonObject root{{QStringLiteral("series"), series},
                         {QStringLiteral("matrix_rows_first"), firstRows},
                         {QStringLiteral("matrix_rows_total"), qint64(totalRows)}};
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly))
            fail(QStringLiteral("cannot write %1").arg(file.fileName()));
        file.write(QJsonDocument(root).toJson());
    }
    return 0;
}
