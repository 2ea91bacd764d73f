// SPDX-License-Identifier: GPL-3.0-or-later
// The one way work leaves the GUI thread: results arrive on the receiver's thread, only the newest unless asked
// otherwise, never after cancel() or once the receiver is gone; a token tells long work to stop.
#include "core/backgroundwork.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace pgv;

class TestBackgroundWork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theResultArrivesOnTheReceiversThread()
    {
        QObject receiver;
        auto *work = new BackgroundWork(&receiver);
        QThread *workedOn = nullptr;
        QThread *deliveredOn = nullptr;
        int result = 0;
        work->run([&] {
            workedOn = QThread::currentThread();
            return 42;
        }, [&](int value) {
            deliveredOn = QThread::currentThread();
            result = value;
        });
        QTRY_COMPARE(result, 42);
        QVERIFY(workedOn != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
        QTRY_VERIFY(!work->isRunning());
    }

    void aNewerRunSupersedesAnOlderOne()
    {
        QObject receiver;
        auto *work = new BackgroundWork(&receiver);
        QSemaphore release;
        QList<int> delivered;
        bool olderCancelled = false;
        work->run([&](const CancelToken &token) {
            release.acquire();
            olderCancelled = token.isCancelled();
            return 1;
        }, [&](int value) { delivered << value; });
        work->run([] { return 2; }, [&](int value) { delivered << value; });
        QTRY_COMPARE(delivered, QList<int>{2});
        release.release();
        QTRY_VERIFY(!work->isRunning());
        QTest::qWait(20); // the older one has ended: still nothing from it
        QCOMPARE(delivered, QList<int>{2});
        QVERIFY(olderCancelled);
    }

    void everyResultKeepsAllUntilCancel()
    {
        QObject receiver;
        auto *work = new BackgroundWork(&receiver, BackgroundWork::EveryResult);
        QSignalSpy running(work, &BackgroundWork::runningChanged);
        QList<int> delivered;
        for (int i = 1; i <= 3; ++i)
            work->run([i] { return i; }, [&](int value) { delivered << value; });
        QTRY_COMPARE(delivered.size(), 3);
        std::sort(delivered.begin(), delivered.end());
        QCOMPARE(delivered, (QList<int>{1, 2, 3}));
        QTRY_VERIFY(!work->isRunning());
        QCOMPARE(running.first().first().toBool(), true);
        QCOMPARE(running.last().first().toBool(), false);

        QSemaphore release;
        work->run([&] {
            release.acquire();
            return 4;
        }, [&](int value) { delivered << value; });
        QCOMPARE(work->runningCount(), 1);
        work->cancel();
        release.release();
        QTRY_VERIFY(!work->isRunning());
        QTest::qWait(20);
        QCOMPARE(delivered.size(), 3);
    }

    void interruptStillDelivers()
    {
        QObject receiver;
        auto *work = new BackgroundWork(&receiver, BackgroundWork::EveryResult);
        QSemaphore started;
        QString outcome;
        work->run([&](const CancelToken &token) {
            started.release();
            while (!token.isCancelled())
                QThread::msleep(1);
            return QStringLiteral("cancelled");
        }, [&](const QString &value) { outcome = value; });
        started.acquire();
        work->interrupt();
        QTRY_COMPARE(outcome, QStringLiteral("cancelled"));
        // The next run starts with a fresh token.
        bool cancelledAtStart = true;
        work->run([&](const CancelToken &token) { cancelledAtStart = token.isCancelled(); });
        work->waitForFinished();
        QVERIFY(!cancelledAtStart);
    }

    void nothingArrivesOnceTheReceiverIsGone()
    {
        auto receiver = std::make_unique<QObject>();
        auto *work = new BackgroundWork(receiver.get());
        QSemaphore release;
        auto delivered = std::make_shared<bool>(false);
        auto cancelled = std::make_shared<std::atomic_bool>(false);
        work->run([&release, cancelled](const CancelToken &token) {
            release.acquire();
            cancelled->store(token.isCancelled());
            return 1;
        }, [delivered](int) { *delivered = true; });
        receiver.reset();
        release.release();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(!*delivered);
        QVERIFY(cancelled->load());
    }
};

QTEST_GUILESS_MAIN(TestBackgroundWork)
#include "tst_backgroundwork.moc"
