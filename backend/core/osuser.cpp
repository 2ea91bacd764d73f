// SPDX-License-Identifier: GPL-3.0-or-later
#include "osuser.h"

#include <pwd.h>
#include <unistd.h>

namespace pgv {

QString osUserName()
{
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(::geteuid());
}

} // namespace pgv
