// SPDX-License-Identifier: GPL-3.0-or-later
// The German catalogue is compiled into the app and the window speaks it when the locale is German.
#include "mainwindow.h"
#include "testenvironment.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void germanLocaleLoadsTheCompiledCatalogue()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), u"pgverse"_s, u"_"_s, u":/i18n"_s));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        pgv::test::IsolatedEnvironment environment;
        pgv::MainWindow window;
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, QStringList({u"&Datei"_s, u"&Cluster"_s, u"&Labor"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
        QStringList docks;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            docks << dock->windowTitle();
        docks.sort();
        QCOMPARE(docks, QStringList({u"Alarme"_s, u"Cluster"_s, u"Knotendetails"_s}));
        QCoreApplication::removeTranslator(&translator);
    }
    void everyCatalogueMessageHasATranslatorContextTheCodeUses()
    {
        // Strings from backend free functions use literal contexts; a typo there would silently never translate.
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/pgverse_de.qm"_s));
        QCOMPARE(translator.translate("pgv::MainWindow", "&File"), u"&Datei"_s);
        QCOMPARE(translator.translate("pgv::TopologyView", "PRIMARY"), u"PRIMÄR"_s);
        QCOMPARE(translator.translate("cli", "Show the replication topology and its problems."),
                 u"Zeigt die Replikationstopologie und ihre Probleme."_s);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
