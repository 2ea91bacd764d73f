# Precompiled headers. Parsing Qt's and libpqxx's headers is most of a translation unit's compile time here
# (2.7 s of the 7.4 s of backend/rls/rlscatalog.cpp), and CI builds the tree twice.
option(PGV_PRECOMPILED_HEADERS "Precompile the Qt and libpqxx headers most translation units include" ON)

set(_pgv_pch_core <QObject> <QString> <QStringList> <QList> <QHash> <QByteArray> <QDateTime> <QVariant>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QFile> <QDir> <QElapsedTimer> <QThread> <QTimer>
    <algorithm> <functional> <memory> <optional> <vector>)

# pgv_precompile_headers(target core|backend|models|views)
function(pgv_precompile_headers target layer)
    if(NOT PGV_PRECOMPILED_HEADERS)
        return()
    endif()
    set(headers ${_pgv_pch_core})
    if(layer STREQUAL "backend")
        list(APPEND headers <QCoreApplication> <QProcess> <QFuture> <pqxx/pqxx>)
    elseif(layer STREQUAL "models")
        list(APPEND headers <QAbstractItemModel> <QAbstractTableModel> <QColor> <QFont>)
    elseif(layer STREQUAL "views")
        list(APPEND headers <QAbstractItemModel> <QColor> <QFont> <QWidget> <QApplication> <QVBoxLayout> <QHBoxLayout>
             <QFormLayout> <QLabel> <QPushButton> <QLineEdit> <QComboBox> <QHeaderView> <QTableView> <QTreeView>
             <QPlainTextEdit> <QDialog> <QDialogButtonBox> <QAction> <QPainter>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
