# Every dependency comes from Debian 12 packages; see README.md for the list.
set(PGV_QT_COMPONENTS Core Network Concurrent DBus Sql Test LinguistTools)
if(PGV_BUILD_GUI)
    # PrintSupport must be found before QCustomPlotQt6: its config file does not look for it.
    list(APPEND PGV_QT_COMPONENTS Gui Widgets PrintSupport)
else()
    list(APPEND PGV_QT_COMPONENTS Gui)
endif()
find_package(Qt6 6.4 REQUIRED COMPONENTS ${PGV_QT_COMPONENTS})
qt_standard_project_setup()

find_package(Qt6Keychain REQUIRED CONFIG)
set_package_properties(Qt6Keychain PROPERTIES DESCRIPTION "Password storage in the system keychain (qtkeychain-qt6-dev)")

find_package(PkgConfig REQUIRED)
pkg_check_modules(PQXX REQUIRED IMPORTED_TARGET libpqxx)
pkg_check_modules(PQ REQUIRED IMPORTED_TARGET libpq)

if(PGV_BUILD_GUI)
    # The Qt 6 build of QCustomPlot; the package "QCustomPlot" is the Qt 5 one and must never be linked.
    find_package(QCustomPlotQt6 REQUIRED CONFIG)
    set_package_properties(QCustomPlotQt6 PROPERTIES DESCRIPTION "Charts (libqcustomplot-dev, Qt 6 build)")
endif()
