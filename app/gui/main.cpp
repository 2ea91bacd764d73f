// SPDX-License-Identifier: GPL-3.0-or-later
// pgverse: the desktop console.
#include "monitor/clustersession.h"
#include "profiles/profilecatalog.h"
#include "mainwindow.h"
#include "planpage.h"
#include "screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

/// Prints "<event> <ms since main()>" once, for the start-up benchmark.
class StartupReporter : public QObject
{
public:
    StartupReporter(const QElapsedTimer &clock, QWidget *window) : m_clock(clock) { window->installEventFilter(this); }
    void report(const char *event) const
    {
        std::printf("%s %lld\n", event, static_cast<long long>(m_clock.elapsed()));
        std::fflush(stdout);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Reported after this paint has been handled.
            QTimer::singleShot(0, this, [this] { report("first-paint-ms"); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"PostgresVerse"_s);
    QApplication::setApplicationName(u"pgverse"_s);
    QApplication::setApplicationDisplayName(u"PostgresVerse"_s);
    QApplication::setApplicationVersion(QStringLiteral(PGV_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/pgverse.svg"_s));
    QApplication::setDesktopFileName(u"io.github.postgresverse.pgverse"_s);

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"pgverse"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop console for PostgreSQL high-availability clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"profile"_s, QApplication::translate("main", "Open the saved profile <name>."), u"name"_s});
    parser.addOption({u"lab"_s, QApplication::translate("main", "Open the lab in folder <dir>."), u"dir"_s});
    parser.addOption({u"plan"_s, QApplication::translate("main", "Show the plan in <file> (EXPLAIN output, JSON or text) on the Plans page."),
                      u"file"_s});
    parser.addOption({u"screenshot"_s,
                      QApplication::translate("main", "Render each main view to a PNG file in <dir> once the topology is shown, then quit."),
                      u"dir"_s});
    parser.addOption({u"screenshot-delay"_s,
                      QApplication::translate("main", "With --screenshot: wait <ms> after the topology is shown (default 400)."),
                      u"ms"_s, u"400"_s});
    parser.addOption({u"report-startup"_s, QApplication::translate("main", "Print start-up timings and peak memory (for the benchmark).")});
    parser.addOption({u"quit-after"_s, QApplication::translate("main", "Quit after <ms> milliseconds."), u"ms"_s});
    parser.process(app);

    pgv::MainWindow window;
    std::unique_ptr<StartupReporter> reporter;
    if (parser.isSet(u"report-startup"_s)) {
        reporter = std::make_unique<StartupReporter>(clock, &window);
        QObject::connect(&window, &pgv::MainWindow::topologyPopulated, &window, [&] {
            reporter->report("topology-ms");
            std::printf("%s\n", pgv::peakRssLine().constData());
            std::fflush(stdout);
        });
    }
    window.showWithStoredLayout();

    if (parser.isSet(u"lab"_s)) {
        QObject::connect(&window, &pgv::MainWindow::labOpened, &window, [&window](bool ok, const QString &error) {
            if (!ok)
                QMessageBox::warning(&window, QApplication::translate("main", "Cannot open the lab"), error);
        }, Qt::SingleShotConnection);
        window.openLab(parser.value(u"lab"_s));
    } else {
        // What to open depends on the profiles, which are read on a worker: decided once they are there.
        const QString requested = parser.value(u"profile"_s);
        QObject::connect(window.profiles(), &pgv::ProfileCatalog::changed, &window, [&window, requested] {
            if (!requested.isEmpty()) {
                if (!window.openProfile(requested))
                    QMessageBox::warning(&window, QApplication::translate("main", "Unknown profile"),
                                         QApplication::translate("main", "No profile is named \"%1\".").arg(requested));
                return;
            }
            window.openLastProfileOrDefaultLab();
        }, Qt::SingleShotConnection);
    }

    if (parser.isSet(u"plan"_s) && window.planPage()->loadFile(parser.value(u"plan"_s)))
        window.showPage(window.pageIndex(window.planPage()));
    if (parser.isSet(u"screenshot"_s))
        pgv::takeScreenshotsWhenReady(&window, parser.value(u"screenshot"_s), parser.value(u"screenshot-delay"_s).toInt());
    if (parser.isSet(u"quit-after"_s))
        QTimer::singleShot(parser.value(u"quit-after"_s).toInt(), &app, &QApplication::quit);
    const int code = QApplication::exec();
    // Joins the pool's threads while the libraries they used (libpq, OpenSSL) are still loaded: a pool thread left
    // to the exit handlers can end after OpenSSL's atexit cleanup and crash in its thread-local destructor.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
