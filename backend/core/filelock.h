// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pgv {

/// An exclusive lock on a file, held through a descriptor that the kernel lets go when its holder exits or is
/// killed, and that programs the holder starts do not inherit (flock on a close-on-exec descriptor). The file
/// itself stays. QLockFile is not used for this: a holder killed between creating its lock file and writing its
/// pid into it leaves an empty file that counts as held until it is 30 s old, and every writer after it waited
/// (seen in the fault suite: a recover after a killed switchover took 25 s instead of 1).
class FileLock
{
public:
    explicit FileLock(QString path);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    /// Takes the lock, waiting up to \a timeoutMs for another holder to let go; false with errorString() if not.
    bool tryLock(int timeoutMs);
    void unlock();
    bool isLocked() const { return m_locked; }
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_error;
    int m_fd = -1;
    bool m_locked = false;
};

} // namespace pgv
