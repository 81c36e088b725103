// The corpus replay driver for builds without libFuzzer: runs LLVMFuzzerTestOneInput once on every
// file of the directories (or files) given, so the seeds and every kept crash input are checked
// by ctest in the ordinary (sanitizer) build. A crash aborts the process like in the fuzzer.
//
//   fuzzreplay_<target> tests/fuzz/corpus/<target> [more files or directories]

#include "fuzzutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv) {
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << path;
        }
    }
    files.sort();
    if (files.isEmpty()) {
        fprintf(stderr, "fuzz replay: no input files in the given paths; pass tests/fuzz/corpus/<target>\n");
        return 2;
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fprintf(stderr, "fuzz replay: cannot read %s: %s\n", qUtf8Printable(path),
                    qUtf8Printable(file.errorString()));
            return 2;
        }
        const QByteArray data = file.readAll();
        fprintf(stderr, "%s (%lld bytes)\n", qUtf8Printable(path), qlonglong(data.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
    }
    fprintf(stderr, "fuzz replay: %lld inputs, no crash\n", qlonglong(files.size()));
    return 0;
}
