// Transliteration to ASCII, generated from the Rust `deunicode` crate's
// data by `plugins/native/text/tests/python_transliteration.rs`
// (`UNIPLUG_BLESS=1 cargo test -p uniplug-native-text`): do not edit.

const ENTRIES = (
  "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t \t!\t\"\t#\t$\t%\t&\t'\t(\t)\t*\t+" +
  "\t,\t-\t.\t/\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t:\t;\t<\t=\t>\t?\t@\tA\tB\tC\tD\tE\tF\tG\tH\tI\tJ\tK\tL" +
  "\tM\tN\tO\tP\tQ\tR\tS\tT\tU\tV\tW\tX\tY\tZ\t[\t\\\t]\t^\t_\t`\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm" +
  "\tn\to\tp\tq\tr\ts\tt\tu\tv\tw\tx\ty\tz\t{\t|\t}\t~\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t" +
  "\t\t\t\t\t\t\t\t\t\t \t!\tC/\tPS\t$?\tY=\t|\tSS\t\"\t(c)\ta\t<<\t!\t\t(r)\t-\tdeg\t+-\t2\t3\t'\tu\tP" +
  "\t*\t,\t1\to\t>>\t1/4\t1/2\t3/4\t?\tA\tA\tA\tA\tA\tA\tAE\tC\tE\tE\tE\tE\tI\tI\tI\tI\tD\tN\tO\tO\tO\t" +
  "O\tO\tx\tO\tU\tU\tU\tU\tY\tTh\tss\ta\ta\ta\ta\ta\ta\tae\tc\te\te\te\te\ti\ti\ti\ti\td\tn\to\to\to\to" +
  "\to\t/\to\tu\tu\tu\tu\ty\tth\ty\tA\ta\tA\ta\tA\ta\tC\tc\tC\tc\tC\tc\tC\tc\tD\td\tD\td\tE\te\tE\te\tE" +
  "\te\tE\te\tE\te\tG\tg\tG\tg\tG\tg\tG\tg\tH\th\tH\th\tI\ti\tI\ti\tI\ti\tI\ti\tI\ti\tIJ\tij\tJ\tj\tK\t" +
  "k\tk\tL\tl\tL\tl\tL\tl\tL\tl\tL\tl\tN\tn\tN\tn\tN\tn\t'n\tng\tNG\tO\to\tO\to\tO\to\tOE\toe\tR\tr\tR" +
  "\tr\tR\tr\tS\ts\tS\ts\tS\ts\tS\ts\tT\tt\tT\tt\tT\tt\tU\tu\tU\tu\tU\tu\tU\tu\tU\tu\tU\tu\tW\tw\tY\ty" +
  "\tY\tZ\tz\tZ\tz\tZ\tz\ts\tb\tB\tB\tb\t6\t6\tO\tC\tc\tD\tD\tD\td\td\t3\t@\tE\tF\tf\tG\tG\thv\tI\tI\tK" +
  "\tk\tl\tl\tW\tN\tn\tO\tO\to\tOI\toi\tP\tp\tYR\t2\t2\tSH\tsh\tt\tT\tt\tT\tU\tu\tY\tV\tY\ty\tZ\tz\tZH" +
  "\tZH\tzh\tzh\t2\t5\t5\tts\tw\t|\t||\t|=\t!\tDZ\tDz\tdz\tLJ\tLj\tlj\tNJ\tNj\tnj\tA\ta\tI\ti\tO\to\tU" +
  "\tu\tU\tu\tU\tu\tU\tu\tU\tu\t@\tA\ta\tA\ta\tAE\tae\tG\tg\tG\tg\tK\tk\tO\to\tO\to\tZH\tzh\tj\tDZ\tDz" +
  "\tdz\tG\tg\tHV\tW\tN\tn\tA\ta\tAE\tae\tO\to\tA\ta\tA\ta\tE\te\tE\te\tI\ti\tI\ti\tO\to\tO\to\tR\tr\tR" +
  "\tr\tU\tu\tU\tu\tS\ts\tT\tt\tY\ty\tH\th\tN\td\tOU\tou\tZ\tz\tA\ta\tE\te\tO\to\tO\to\tO\to\tO\to\tY\t" +
  "y\tl\tn\tt\tj\tdb\tqp\tA\tC\tc\tL\tT\ts\tz\t'\t'\tB\tU\t^\tE\te\tJ\tj\tq\tq\tR\tr\tY\ty\ta\ta\ta\tb" +
  "\to\tc\td\td\te\t@\t@\te\te\te\te\tj\tg\tg\tg\tg\tu\tY\th\th\ti\ti\tI\tl\tl\tl\tlZ\tW\tW\tm\tn\tn\tn" +
  "\to\tOE\tO\tF\tr\tr\tr\tr\tr\tr\tr\tR\tR\ts\tS\tj\tS\tS\tt\tt\tu\tU\tv\t^\tw\ty\tY\tz\tz\tZ\tZ\t?\t?" +
  "\t?\tC\t@\tB\tE\tG\tH\tj\tk\tL\tq\t?\t?\tdz\tdZ\tdz\tts\ttS\ttC\tfN\tls\tlz\tWW\t]]\th\th\th\th\tj\t" +
  "r\tr\tr\tr\tw\ty\t'\t\"\t`\t'\t`\t`\t'\t?\t?\t<\t>\t^\tV\t^\tV\t'\t-\t/\t\\\t,\t_\t\\\t/\t:\t.\t`\t'" +
  "\t^\tV\t+\t-\tV\t.\t@\t,\t~\t\"\tR\tX\tG\tl\ts\tx\t?\t5\t4\t3\t2\t1\t/\t\\\tV\t=\t\"\tV\t^\t<\t>\to" +
  "\t`\t``\t//\t~\t:\t[-\t-]\t[_\t_]\t_\t_\t<\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t" +
  "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t" +
  "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\ta\te\ti\to\tu\tc\td\th\tm\tr\tt\tv\tx\tH\th\tS\ts\t'\t,\tW" +
  "\tw\t\x7f\t\x7f\ti\ts\ts.\ts.\t?\tJ\t\x7f\t\x7f\t\x7f\t\x7f\t'\t\"'\tA\t;\tE\tE\tI\t\x7f\tO\t\x7f\tU" +
  "\tO\tI\tA\tB\tG\tD\tE\tZ\tE\tTh\tI\tK\tL\tM\tN\tKs\tO\tP\tR\t\x7f\tS\tT\tU\tPh\tKh\tPs\tO\tI\tU\ta\t" +
  "e\te\ti\tu\ta\tb\tg\td\te\tz\te\tth\ti\tk\tl\tm\tn\tx\to\tp\tr\ts\ts\tt\tu\tph\tkh\tps\to\ti\tu\to\t" +
  "u\to\t&\tb\tth\tU\tU\tU\tph\tp\t&\tQ\tq\tSt\tst\tW\tw\tQ\tq\tSp\tsp\tSh\tsh\tF\tf\tKh\tkh\tH\th\tG\t" +
  "g\tCH\tch\tTi\tti\tk\tr\tc\tj\tTH\te\te\tSh\tsh\ts\tS\ts\tr/\tS\tS.\tS.\tIe\tIo\tDj\tGj\tE\tDz\tI\tY" +
  "i\tJ\tLj\tNj\tTsh\tKj\tI\tU\tDzh\tA\tB\tV\tG\tD\tE\tZh\tZ\tI\tI\tK\tL\tM\tN\tO\tP\tR\tS\tT\tU\tF\tKh" +
  "\tTs\tCh\tSh\tShch\t'\tY\t'\tE\tIu\tIa\ta\tb\tv\tg\td\te\tzh\tz\ti\ti\tk\tl\tm\tn\to\tp\tr\ts\tt\tu" +
  "\tf\tkh\tts\tch\tsh\tshch\t'\ty\t'\te\tiu\tia\tie\tio\tdj\tgj\tie\tdz\ti\tyi\tj\tlj\tnj\ttsh\tkj\ti" +
  "\tu\tdzh\tO\to\tE\te\tIe\tie\tE\te\tIe\tie\tO\to\tIo\tio\tKs\tks\tPs\tps\tF\tf\tY\ty\tY\ty\tu\tu\tO" +
  "\to\tO\to\tOt\tot\tQ\tq\t*1000*\t.\t\t\t\t.\t*100.000*\t*1.000.000*\tJh\tjh\t\"\t\"\tR'\tr'\tG'\tg'" +
  "\tG'\tg'\tG'\tg'\tZh'\tzh'\tZ'\tz'\tK'\tk'\tK'\tk'\tK'\tk'\tK'\tk'\tN'\tn'\tNg\tng\tP'\tp'\tKh\tkh\t" +
  "S'\ts'\tT'\tt'\tU\tu\tU'\tu'\tKh'\tkh'\tTts\ttts\tCh'\tch'\tCh'\tch'\tH\th\tCh\tch\tCh'\tch'\t`\tZh" +
  "\tzh\tK'\tk'\tLh\tlh\tN'\tn'\tNh\tnh\tCh\tch\tMh\tmh\th\ta\ta\tA\ta\tAe\tae\tIe\tie\t@\t@\t@\t@\tZh" +
  "\tzh\tZ\tz\tDz\tdz\tI\ti\tI\ti\tO\to\tO\to\tO\to\tE\te\tU\tu\tU\tu\tU\tu\tCh\tch\tGh\tgh\tY\ty\tXh\t" +
  "xh\tX\tx\tH\th\tD\td\tDj\tdj\tZj\tzj\tDz\tdz\tLj\tlj\tNj\tnj\tSj\tsj\tTj\ttj\tA\ta\tL\tl\tLkh\tlkh\t" +
  "Rkh\trkh\tA\ta\tQ\tq\tW\tw\tQ\tq\tL\tl\tN\tn\tPh\tph\t'\t'\tNy\tny\tDzh\tdzh\tDch\tdch\tL\tl\t\x7f\t" +
  "A\tB\tG\tD\tE\tZ\tE\tE\tT`\tZh\tI\tL\tKh\tTs\tK\tH\tDz\tGh\tCh\tM\tY\tN\tSh\tO\tCh`\tP\tJ\tRh\tS\tV" +
  "\tT\tR\tTs`\tW\tP`\tK`\tO\tF\t\x7f\t\x7f\t<\t'\t/\t!\t,\t?\t.\ta\ta\tb\tg\td\te\tz\te\te\tt`\tzh\ti" +
  "\tl\tkh\tts\tk\th\tdz\tgh\tch\tm\ty\tn\tsh\to\tch`\tp\tj\trh\ts\tv\tt\tr\tts`\tw\tp`\tk`\to\tf\tew\t" +
  "h\t.\t-\t\x7f\t\x7f\t*\t*\tDram\t\x7f\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t" +
  "\t@\te\ta\to\ti\te\te\ta\ta\to\to\tu\t'\t\t-\t\t|\th\t\t:\t`\t`\t^\to\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t'\tb\tg\td\th\tv\tz\tkh\tt\ty\tk\tk\tl\tm\tm\tn\tn\ts\t`\tp\tp\tts\tts\tq\tr\tsh" +
  "\tt\t\x7f\t\x7f\t\x7f\t\x7f\tYYY\tV\toy\ti\t'\t\"\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t#\tsn.\t^\t#\tsm.\t#\tcbrt\t4rt\tr\t%0\t%00\tAf\t,\t/\t^\t*\t\t\t\t\t\t\ti\t\t\t\t" +
  "\t;\t\t.\t.\t?\ty\t'\ta\t'\tw'\t'\ty'\t\tb\t@\tt\tth\tj\tH\tkh\td\tdh\tr\tz\ts\tsh\tS\tD\tT\tZ\t`\tG" +
  "\tg\tg\ty\ti\ti\t\tf\tq\tk\tl\tm\tn\th\tw\t~\ty\tan\tun\tin\ta\tu\ti\tW\t\ta\t'\t'\ti\t\te\te\to\te" +
  "\te\to\ta\tu'\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t%\t.\t,\t*\tb\tq\ta\t'\t'\t'\te\t'\t'w\t'u\t'y\ttt\ttth" +
  "\tb\tt\tT\tp\tth\tbh\t'h\tH\tny\tdy\tH\tch\tcch\tdd\tD\tD\tDt\tdh\tddh\td\tD\tD\trr\tR\tR\tR\tR\tR\t" +
  "R\tj\tR\tS\tS\tS\tS\tS\tT\tGH\tF\tF\tF\tv\tf\tph\tQ\tQ\tkh\tk\tK\tK\tng\tK\tg\tG\tN\tG\tG\tG\tL\tL\t" +
  "L\tL\tN\tN\tN\tN\tN\th\tCh\thy\th\tH\t@\tW\toe\toe\tu\tyu\tyu\tW\tv\ty\tY\tY\tW\te\tny\ty\ty'\t.\tae" +
  "\t\t\t\t\t\t\t\t@\t#\t\t\t\t\t\t\t\t\t\t\t^\t\t\t\t\td\tr\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\tSh\tD\tGh\t" +
  "&\t+m\th\t//\t/\t,\t!\t!\t-\t,\t,\t;\t?\t~\t{\t}\t*\t\x7f\t.\t'\t'\tb\tg\tg\td\td\th\tw\tz\tH\tt\tt" +
  "\ty\tyh\tk\tl\tm\tn\ts\ts\t`\tp\tp\tS\tq\tr\tsh\tt\tbh\tgh\tdh\ta\ta\ta\tA\tA\tA\te\te\te\tE\ti\ti\t" +
  "u\tu\tu\to\t\t`\t'\t\t\tX\tQ\t@\t@\t|\t+\t\x7f\t\x7f\tzh\tkh\tph\t'y\tp\tp\tc\tny\tp\tc\tng\tc\tdd\t" +
  "d\tr\ts\tng\tng\tg\tp\tv\tg\tg\tk\tb\tmb\tn\tn\tn\tsl\tr\tz\ts\tj\tc\ts\tz\tj\ta\taa\ti\tii\ty\to\to" +
  "o\te\tee\tch\ts\ts\tg\th\tsh\tn\tr\tb\tL\tk\t'\tv\tm\tf\tdh\tth\tl\tg\tny\ts\td\tz\tt\ty\tp\tj\tch\t" +
  "tt\thh\tkh\tth\tz\tsh\ts\td\tt\tz\t`\tgh\tq\tw\ta\taa\ti\tee\tu\too\te\tey\to\toa\t\tn\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9" +
  "\ta\te\ti\te\tu\to\to\t\x7f\tn\tb\tp\tt\tj\tc\td\tr\trr\ts\tgb\tf\tk\tl\tn\tm\tny\tn\th\tw\ty\tny\tj" +
  "\tc\tr\t\t\t\t\t\t\t\tn\t\t'\t`\to\t*\t,\t!\t-\t\x7f\t\x7f\t.\tD\tT\t'\tb\tg\td\th\tw\tz\th\tt\ty\tk" +
  "\tl\tm\tn\ts\t`\tf\ts\tq\tr\tsh\tt\t`\t`\t\t\ty\ty\te\te\ta\ta\ta\ta\ta\ta\ta\ta\tu\tu\ti\ti\ti\to\t" +
  "\t\t\x7f\t\x7f\t;\t_\t..\t<.\t<\t?\t.\t-<\t-.\t-\t=\t|\t/\t.\t...\t\x7f\ta\tb\tg\td\th\tu\tz\th\tt\t" +
  "i\tk\tl\tm\tn\ts\t`\tp\ts\tq\tr\tsh\tt\td\tkd\t`\t'\t\t\t\x7f\t\x7f\t,\t\x7f\tn\tj\tn\tt\tn\tn\tbh\t" +
  "r\tl\tl\ts\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'" +
  "\tu\ty\ty\t.\t.\tnj\tc\tth\tth\tg\t.\t\x7f\tLE\tpt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\ta\ta\tb\tb\tc\tt\tvb\tgb\tzl\tmv\ty\tny\tr\tw\ty\t\x7f\tdz\tts\tkh\tu\tz\tn" +
  "\tk\tq\tmb\tmp\ttt\tnr\tny\tf\tq\tn\tph\tth\tth\tch\tkh\tgy\tky\tn\tn\tl\tgr\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t#\te\to\tou\te\ton\toun\ten" +
  "\t\t\t\t\t\t\ta\tu\ti\tu\te\ta\ti\to\tu\te\te\tun\ton\to\to\t\tm\tN\tN\tH\ta\ta\taa\ti\tii\tu\tuu\tR" +
  "\tL\teN\te\te\tai\toN\to\to\tau\tk\tkh\tg\tgh\tng\tc\tch\tj\tjh\tny\ttt\ttth\tdd\tddh\tnn\tt\tth\td" +
  "\tdh\tn\tnnn\tp\tph\tb\tbh\tm\ty\tr\trr\tl\tl\tlll\tv\tsh\tss\ts\th\to\to\t'\t'\taa\ti\tii\tu\tuu\tR" +
  "\tRR\teN\te\te\tai\toN\to\to\tau\t\te\ta\tAUM\t'\t'\t`\t'\te\tu\tu\tq\tkhh\tghh\tz\tdddh\trh\tf\tyy" +
  "\tRR\tLL\tL\tLL\t / \t // \t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t.\t'\ta\to\to\ta\tu\tu\td\tzh\ty\tg\tj\t'" +
  "\td\tb\t*\tN\tN\tH\t\x7f\ta\taa\ti\tii\tu\tuu\tR\tRR\t\x7f\t\x7f\te\tai\t\x7f\t\x7f\to\tau\tk\tkh\tg" +
  "\tgh\tng\tc\tch\tj\tjh\tny\ttt\ttth\tdd\tddh\tnn\tt\tth\td\tdh\tn\t\x7f\tp\tph\tb\tbh\tm\ty\tr\t\x7f" +
  "\tl\t\x7f\t\x7f\t\x7f\tsh\tss\ts\th\t\x7f\t\x7f\t'\t'\taa\ti\tii\tu\tuu\tR\tRR\t\x7f\t\x7f\te\tai\t" +
  "\x7f\t\x7f\to\tau\t\tt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t+\t\x7f\t\x7f\t\x7f\t\x7f\tr" +
  "r\trh\t\x7f\tyy\tRR\tLL\tL\tLL\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\tr'\tr`\tRs\tRs\t1/\t2/\t3/" +
  "\t4/\t 1 - 1/\t/16\t^\tg\tm\t.\t'\t\x7f\t\x7f\tm\tN\th\t\x7f\ta\taa\ti\tii\tu\tuu\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tee\tai\t\x7f\t\x7f\too\tau\tk\tkh\tg\tgh\tng\tc\tch\tj\tjh\tny\ttt\ttth\tdd\tddh\tnn\tt\tth" +
  "\td\tdh\tn\t\x7f\tp\tph\tb\tbb\tm\ty\tr\t\x7f\tl\tll\t\x7f\tv\tsh\t\x7f\ts\th\t\x7f\t\x7f\t'\t\x7f\t" +
  "aa\ti\tii\tu\tuu\t\x7f\t\x7f\t\x7f\t\x7f\tee\tai\t\x7f\t\x7f\too\tau\t\t\x7f\t\x7f\t\x7f\t\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tkhh\tghh\tz\trr\t\x7f\tf\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\tN\tH\t\t\tG.E.O.\ty\t.\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\tN\tN\tH\t\x7f\ta\taa\ti\tii\tu\tuu\tR\tl\teN\t\x7f\te\tai\toN\t\x7f\to\tau\tk\tk" +
  "h\tg\tgh\tng\tc\tch\tj\tjh\tny\ttt\ttth\tdd\tddh\tnn\tt\tth\td\tdh\tn\t\x7f\tp\tph\tb\tbh\tm\tya\tr" +
  "\t\x7f\tl\tll\t\x7f\tv\tsh\tss\ts\th\t\x7f\t\x7f\t'\t'\taa\ti\tii\tu\tuu\tR\tRR\teN\t\x7f\te\tai\toN" +
  "\t\x7f\to\tau\t\t\x7f\t\x7f\tAUM\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tRR\tl\tl\tl\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t.\tR\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tzh\t\t\t\t'\t'\t'\t\x7f\tN\tN\tH\t\x7f\ta\taa\ti\tii\tu\tuu\tR\tL\t" +
  "\x7f\t\x7f\te\tai\t\x7f\t\x7f\to\tau\tk\tkh\tg\tgh\tng\tc\tch\tj\tjh\tny\ttt\ttth\tdd\tddh\tnn\tt\tt" +
  "h\td\tdh\tn\t\x7f\tp\tph\tb\tbh\tm\ty\tr\t\x7f\tl\tll\t\x7f\tv\tsh\tss\ts\th\t\x7f\t\x7f\t'\t'\taa\t" +
  "i\tii\tu\tuu\tR\tr\t\x7f\t\x7f\te\tai\t\x7f\t\x7f\to\tau\t\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t+\t+\t\x7f\t\x7f\t\x7f\t\x7f\trr\trh\t\x7f\tyy\tRR\tLL\tl\tl\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t" +
  "6\t7\t8\t9\t^\tw\t1\t2\t3\t1\t2\t3\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tN\tH" +
  "\t\x7f\ta\taa\ti\tii\tu\tuu\t\x7f\t\x7f\t\x7f\te\tee\tai\t\x7f\to\too\tau\tk\t\x7f\t\x7f\t\x7f\tng\t" +
  "c\t\x7f\tj\t\x7f\tny\ttt\t\x7f\t\x7f\t\x7f\tnn\tt\t\x7f\t\x7f\t\x7f\tn\tnnn\tp\t\x7f\t\x7f\t\x7f\tm" +
  "\ty\tr\trr\tl\tll\tlll\tv\ts\tss\ts\th\t\x7f\t\x7f\t\x7f\t\x7f\taa\ti\tii\tu\tuu\t\x7f\t\x7f\t\x7f\t" +
  "e\tee\tai\t\x7f\to\too\tau\t\t\x7f\t\x7f\tOm\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t+\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9" +
  "\t+10+\t+100+\t+1000+\tN\tM\tV\t-\t+\t-\tRs\t#\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tm\tN\tN\tH\tm\ta\taa\t" +
  "i\tii\tu\tuu\tR\tL\t\x7f\te\tee\tai\t\x7f\to\too\tau\tk\tkh\tg\tgh\tng\tc\tch\tj\tjh\tny\ttt\ttth\td" +
  "d\tddh\tnn\tt\tth\td\tdh\tn\t\x7f\tp\tph\tb\tbh\tm\ty\tr\trr\tl\tll\tl\tv\tsh\tss\ts\th\t\x7f\t\x7f" +
  "\t'\t'\taa\ti\tii\tu\tuu\tR\tRR\t\x7f\te\tee\tai\t\x7f\to\too\tau\t\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t+\t+\t\x7f\tc\tz\tr\t\x7f\t\x7f\tn\t\x7f\t\x7f\tRR\tLL\tl\tl\t\x7f\t\x7f\t0\t1\t2\t3\t4" +
  "\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t*\t0\t1\t2\t3\t1\t2\t3\tt\tm\tm\tN\tH\t*" +
  "\ta\taa\ti\tii\tu\tuu\tR\tL\t\x7f\te\tee\tai\t\x7f\to\too\tau\tk\tkh\tg\tgh\tng\tc\tch\tj\tjh\tny\tt" +
  "t\ttth\tdd\tddh\tnn\tt\tth\td\tdh\tn\t\x7f\tp\tph\tb\tbh\tm\ty\tr\trr\tl\tll\t\x7f\tv\tsh\tss\ts\th" +
  "\t\x7f\t\x7f\t'\t'\taa\ti\tii\tu\tuu\tR\tRR\t\x7f\te\tee\tai\t\x7f\to\too\tau\t\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t+\t+\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tn\tlll\t\x7f\tRR\tLL\tl\tl\t\x7f\t" +
  "\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\th\th\tm\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tm\tm\tN\tH\tm\ta\taa\ti\tii\tu\tuu\tR\tL\t\x7f\te\tee\tai\t\x7f\to\too\tau\t" +
  "k\tkh\tg\tgh\tng\tc\tch\tj\tjh\tny\ttt\ttth\tdd\tddh\tnn\tt\tth\td\tdh\tn\tn\tp\tph\tb\tbh\tm\ty\tr" +
  "\trr\tl\tll\tlll\tv\tsh\tss\ts\th\tt\t\t\t'\taa\ti\tii\tu\tuu\tR\tr\t\x7f\te\tee\tai\t\to\too\tau\t" +
  "\tr\tp\t\x7f\t\x7f\t\x7f\t\x7f\tm\ty\tl\t+\t2\t4\t12\t16\t32\t48\t64\ti\tRR\tLL\tl\tl\t\x7f\t\x7f\t0" +
  "\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t100\t1000\t80\t160\t240\t20\t40\t60\td\tn\tn\tr\tl\tl\tk\t\x7f\tm\t" +
  "N\tH\t\x7f\ta\taa\tae\taae\ti\tii\tu\tuu\tR\tRR\tL\tLL\te\tee\tai\to\too\tau\t\x7f\t\x7f\t\x7f\tk\tk" +
  "h\tg\tgh\tng\tnng\tc\tch\tj\tjh\tny\tjny\tnyj\ttt\ttth\tdd\tddh\tnn\tnndd\tt\tth\td\tdh\tn\t\x7f\tnd" +
  "\tp\tph\tb\tbh\tm\tmb\ty\tr\t\x7f\tl\t\x7f\t\x7f\tv\tsh\tss\ts\th\tll\tf\t\x7f\t\x7f\t\x7f\t\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\taa\tae\taae\ti\tii\tu\t\x7f\tuu\t\x7f\tR\te\tee\tai\to\too\tau\tL\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\tRR\tLL\t . \t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tk\tkh\tkh\tkh\tkh\tkh\tng\tcch\tch\tch\tch\tch" +
  "\ty\td\tt\tth\tth\tth\tn\td\tt\tth\tth\tth\tn\tb\tp\tph\tf\tph\tf\tph\tm\ty\tr\tR\tl\tL\tw\ts\ts\ts" +
  "\th\tl\t`\th\t~\ta\ta\taa\tam\ti\tii\tue\tuue\tu\tuu\t'\t\x7f\t\x7f\t\x7f\t\x7f\tBh.\te\tae\to\tai\t" +
  "ai\tao\t+\t\t\t\t\t\t\tM\t\t * \t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t // \t /// \t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tk" +
  "\tkh\t\x7f\tkh\t\x7f\tgh\tng\tch\tch\ts\t\x7f\tjh\tny\tn\tt\tth\td\tdh\tn\td\th\tth\tth\tdh\tn\tb\tp" +
  "\tph\tf\tph\tf\tbh\tm\ty\tr\t\x7f\tl\t\x7f\tw\ts\ts\ts\th\tl\t`\th\t~\ta\ta\taa\tam\ti\tii\ty\tyy\tu" +
  "\tuu\t\x7f\to\tl\tny\t\x7f\t\x7f\te\tei\to\tay\tai\t\x7f\t+\t\x7f\t\t\t\t\t\tM\t\x7f\t\x7f\t0\t1\t2" +
  "\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\thn\thm\tg\tgn\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tAUM\t@\t@\t@\t@\t#\t$\t%\t // \t * \t*\t-\t / \t / \t //" +
  " \t -/ \t +/ \t X/ \t /XX/ \t /X/ \t, \t*\t*\t*\t\t\to\too\tooo\tx\txx\tox\t0\t1\t2\t3\t4\t5\t6\t7\t" +
  "8\t9\t.5\t1.5\t2.5\t3.5\t4.5\t5.5\t6.5\t7.5\t8.5\t-.5\t+\t*\t^\t_\t*\t~\t<\t]\t[[\t]]\t\t\tk\tkh\tg" +
  "\tgh\tng\tc\tch\tj\t\x7f\tny\ttt\ttth\tdd\tddh\tnn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\tts\ttsh\tdz\td" +
  "zh\tw\tzh\tz\t'\ty\tr\tl\tsh\tssh\ts\th\ta\tkss\tr\tq\tr\t\x7f\t\x7f\t\x7f\t\x7f\taa\ti\tii\tu\tuu\t" +
  "R\tRR\tL\tLL\te\tee\to\too\tM\tH\ti\tii\tm\tm\t\t`\t\t\th\th\t\t\th\th\th\th\tk\tkh\tg\tgh\tng\tc\tc" +
  "h\tj\t\x7f\tny\ttt\ttth\tdd\tddh\tnn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\tts\ttsh\tdz\tdzh\tw\tzh\tz\t" +
  "'\ty\tr\tl\tsh\tss\ts\th\ta\tkss\tw\ty\tr\t\x7f\tX\t :X: \t /O/ \t /o/ \t \\o\\ \t (O) \t*\t*\t\t*\t" +
  "*\t*\t*\t*\t*\t\x7f\txo\txxx\t*\t*\t_\t@\t#\t+\t+\t+\t+\t~\t~\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tk\tkh\tg\tgh\t" +
  "ng\tc\tch\tj\tjh\tny\tnny\ttt\ttth\tdd\tddh\tnn\ttt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\ty\tr\tl\tw\ts\th" +
  "\tll\ta\t'\ti\tii\tu\tuu\te\te\to\tau\ta\taa\ti\tii\tu\tuu\te\tai\ti\tao\te\tN\t'\t:\t\t\ty\tr\tv\th" +
  "\tss\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t / \t // \tn*\tr*\tl*\te*\tsh\tss\tR\tRR\tL\tLL\tR\tRR\tL\tLL\tn" +
  "\tjh\tb\tb\tn\tm\tl\tsh\to\t \t \ts\tpw\to\tu\t \t \t \t \t \tn\tyw\tghw\ti\to\tu\te\tk\tkh\tg\tc\tz" +
  "\tn\td\tn\tph\tf\tb\tx\th\tv\ta\te\te\tai\t \t \t \t \t \t \t\tf\t \t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t " +
  "\t \ta\tai\t1\t!\tA\tB\tG\tD\tE\tV\tZ\tT`\tI\tK\tL\tM\tN\tO\tP\tZh\tR\tS\tT\tU\tP`\tK`\tG'\tQ\tSh\tC" +
  "h`\tC`\tZ'\tC\tCh\tX\tJ\tH\tE\tY\tW\tXh\tOE\t\x7f\tE\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tAe\t\x7f\t\x7f\t" +
  "a\tb\tg\td\te\tv\tz\tt`\ti\tk\tl\tm\tn\to\tp\tzh\tr\ts\tt\tu\tp`\tk`\tg'\tq\tsh\tch`\tc`\tz'\tc\tch" +
  "\tx\tj\th\te\ty\tw\txh\toe\tf\te\t`\tg\t`\t // \tn\tae\t`\tw\tg\tgg\tn\td\tdd\tr\tm\tb\tbb\ts\tss\t" +
  "\tj\tjj\tc\tk\tt\tp\th\tng\tnn\tnd\tnb\tdg\trn\trr\trh\trN\tmb\tmN\tbg\tbn\tbd\tbs\tbsg\tbst\tbsb\tb" +
  "ss\tbsj\tbj\tbc\tbt\tbp\tbN\tbbN\tsg\tsn\tsd\tsr\tsm\tsb\tsbg\tsss\ts\tsj\tsc\tsk\tst\tsp\tsh\ts\tss" +
  "\ts\tss\tZ\tg\td\tm\tb\ts\tZ\t\tj\tc\tt\tp\tN\tj\tj\tjj\tj\tjj\tck\tch\tch\tch\tpb\tpN\thh\tQ\tgd\tn" +
  "s\tnj\tnh\tdl\t\t\ta\tae\tya\tyae\teo\te\tyeo\tye\to\twa\twae\toe\tyo\tu\tweo\twe\twi\tyu\teu\tyi\ti" +
  "\ta-o\ta-u\tya-o\tya-yo\teo-o\teo-u\teo-eu\tyeo-o\tyeo-u\to-eo\to-e\to-ye\to-o\to-u\tyo-ya\tyo-yae\t" +
  "yo-yeo\tyo-o\tyo-i\tu-a\tu-ae\tu-eo-eu\tu-ye\tu-u\tyu-a\tyu-eo\tyu-e\tyu-yeo\tyu-ye\tyu-u\tyu-i\teu-" +
  "u\teu-eu\tyi-u\ti-a\ti-ya\ti-o\ti-u\ti-eu\ti-U\tU\tU-eo\tU-u\tU-i\tUU\taeu\tyau\tyeoya\toya\toyae\tg" +
  "\tgg\tgs\tn\tnj\tnh\td\tl\tlg\tlm\tlb\tls\tlt\tlp\tlh\tm\tb\tbs\ts\tss\tng\tj\tc\tk\tt\tp\th\tgl\tgs" +
  "g\tng\tnd\tns\tnZ\tnt\tdg\ttl\tlgs\tln\tld\tlth\tll\tlmg\tlms\tlbs\tlbh\trNp\tlss\tlZ\tlk\tlQ\tmg\tm" +
  "l\tmb\tms\tmss\tmZ\tmc\tmh\tmN\tbl\tbp\tph\tpN\tsg\tsd\tsl\tsb\tZ\tg\tss\tngng\tkh\tN\tNs\tNZ\tpb\tp" +
  "N\thn\thl\thm\thb\tQ\tgn\tgb\tgch\tgk\tgh\tnn\tha\thu\thi\thaa\thee\the\tho\thoa\tla\tlu\tli\tlaa\tl" +
  "ee\tle\tlo\tlwa\thha\thhu\thhi\thhaa\thhee\thhe\thho\thhwa\tma\tmu\tmi\tmaa\tmee\tme\tmo\tmwa\tsza\t" +
  "szu\tszi\tszaa\tszee\tsze\tszo\tszwa\tra\tru\tri\traa\tree\tre\tro\trwa\tsa\tsu\tsi\tsaa\tsee\tse\ts" +
  "o\tswa\tsha\tshu\tshi\tshaa\tshee\tshe\tsho\tshwa\tqa\tqu\tqi\tqaa\tqee\tqe\tqo\tk'oa\tqwa\t\x7f\tqw" +
  "i\tqwaa\tqwee\tqwe\t\x7f\t\x7f\tqha\tqhu\tqhi\tqhaa\tqhee\tqhe\tqho\t\x7f\tqhwa\t\x7f\tqhwi\tqhwaa\t" +
  "qhwee\tqhwe\t\x7f\t\x7f\tba\tbu\tbi\tbaa\tbee\tbe\tbo\tbwa\tva\tvu\tvi\tvaa\tvee\tve\tvo\tvwa\tta\tt" +
  "u\tti\ttaa\ttee\tte\tto\ttwa\tca\tcu\tci\tcaa\tcee\tce\tco\tcwa\txa\txu\txi\txaa\txee\txe\txo\thoa\t" +
  "xwa\t\x7f\txwi\txwaa\txwee\txwe\t\x7f\t\x7f\tna\tnu\tni\tnaa\tnee\tne\tno\tnwa\tnya\tnyu\tnyi\tnyaa" +
  "\tnyee\tnye\tnyo\tnywa\t'a\t'u\t'i\t'aa\t'ee\t'e\t'o\t'wa\tka\tku\tki\tkaa\tkee\tke\tko\tkoa\tkwa\t" +
  "\x7f\tkwi\tkwaa\tkwee\tkwe\t\x7f\t\x7f\tkxa\tkxu\tkxi\tkxaa\tkxee\tkxe\tkxo\t\x7f\tkxwa\t\x7f\tkxwi" +
  "\tkxwaa\tkxwee\tkxwe\t\x7f\t\x7f\twa\twu\twi\twaa\twee\twe\two\twoa\t`a\t`u\t`i\t`aa\t`ee\t`e\t`o\t" +
  "\x7f\tza\tzu\tzi\tzaa\tzee\tze\tzo\tzwa\tzha\tzhu\tzhi\tzhaa\tzhee\tzhe\tzho\tzhwa\tya\tyu\tyi\tyaa" +
  "\tyee\tye\tyo\tyoa\tda\tdu\tdi\tdaa\tdee\tde\tdo\tdwa\tdda\tddu\tddi\tddaa\tddee\tdde\tddo\tddwa\tja" +
  "\tju\tji\tjaa\tjee\tje\tjo\tjwa\tga\tgu\tgi\tgaa\tgee\tge\tgo\tgoa\tgwa\t\x7f\tgwi\tgwaa\tgwee\tgwe" +
  "\t\x7f\t\x7f\tgga\tggu\tggi\tggaa\tggee\tgge\tggo\tngwa\ttha\tthu\tthi\tthaa\tthee\tthe\ttho\tthwa\t" +
  "cha\tchu\tchi\tchaa\tchee\tche\tcho\tchwa\tpha\tphu\tphi\tphaa\tphee\tphe\tpho\tphwa\ttsa\ttsu\ttsi" +
  "\ttsaa\ttsee\ttse\ttso\ttswa\ttza\ttzu\ttzi\ttzaa\ttzee\ttze\ttzo\tts'oa\tfa\tfu\tfi\tfaa\tfee\tfe\t" +
  "fo\tfwa\tpa\tpu\tpi\tpaa\tpee\tpe\tpo\tpwa\trya\tmya\tfya\t\x7f\t\x7f\t\t\t\t+\t \t.\t,\t;\t:\t:: \t" +
  "?\t//\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10+\t20+\t30+\t40+\t50+\t60+\t70+\t80+\t90+\t100+\t10,000+\t\x7f\t" +
  "\x7f\t\x7f\tmwe\tmwi\tmwe\tmwi\tbwe\tbwi\tbwe\tbwi\tfwe\tfwi\tfwe\tfwi\tpwe\tpwi\tpwe\tpwi\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\te\ti\to" +
  "\tu\tv\tga\tka\tge\tgi\tgo\tgu\tgv\tha\the\thi\tho\thu\thv\tla\tle\tli\tlo\tlu\tlv\tma\tme\tmi\tmo\t" +
  "mu\tna\thna\tnah\tne\tni\tno\tnu\tnv\tqua\tque\tqui\tquo\tquu\tquv\tsa\ts\tse\tsi\tso\tsu\tsv\tda\tt" +
  "a\tde\tte\tdi\tti\tdo\tdu\tdv\tdla\ttla\ttle\ttli\ttlo\ttlu\ttlv\ttsa\ttse\ttsi\ttso\ttsu\ttsv\twa\t" +
  "we\twi\two\twu\twv\tya\tye\tyi\tyo\tyu\tyv\tMV\t\x7f\t\x7f\tye\tyi\tyo\tyu\tyv\tmv\t\x7f\t\x7f\t-\te" +
  "\taai\ti\tii\to\too\too\tee\ti\ta\taa\twe\twe\twi\twi\twii\twii\two\two\twoo\twoo\twoo\twa\twa\twaa" +
  "\twaa\twaa\tai\tw\t'\tt\tk\tsh\ts\tn\tw\tn\th\tw\tc\t?\tl\ten\tin\ton\tan\tpe\tpaai\tpi\tpii\tpo\tpo" +
  "o\tpoo\thee\thi\tpa\tpaa\tpwe\tpwe\tpwi\tpwi\tpwii\tpwii\tpwo\tpwo\tpwoo\tpwoo\tpwa\tpwa\tpwaa\tpwaa" +
  "\tpwaa\tp\tp\th\tte\ttaai\tti\ttii\tto\ttoo\ttoo\tdee\tdi\tta\ttaa\ttwe\ttwe\ttwi\ttwi\ttwii\ttwii\t" +
  "two\ttwo\ttwoo\ttwoo\ttwa\ttwa\ttwaa\ttwaa\ttwaa\tt\ttte\ttti\ttto\ttta\tke\tkaai\tki\tkii\tko\tkoo" +
  "\tkoo\tka\tkaa\tkwe\tkwe\tkwi\tkwi\tkwii\tkwii\tkwo\tkwo\tkwoo\tkwoo\tkwa\tkwa\tkwaa\tkwaa\tkwaa\tk" +
  "\tkw\tkeh\tkih\tkoh\tkah\tce\tcaai\tci\tcii\tco\tcoo\tcoo\tca\tcaa\tcwe\tcwe\tcwi\tcwi\tcwii\tcwii\t" +
  "cwo\tcwo\tcwoo\tcwoo\tcwa\tcwa\tcwaa\tcwaa\tcwaa\tc\tth\tme\tmaai\tmi\tmii\tmo\tmoo\tmoo\tma\tmaa\tm" +
  "we\tmwe\tmwi\tmwi\tmwii\tmwii\tmwo\tmwo\tmwoo\tmwoo\tmwa\tmwa\tmwaa\tmwaa\tmwaa\tm\tm\tmh\tm\tm\tne" +
  "\tnaai\tni\tnii\tno\tnoo\tnoo\tna\tnaa\tnwe\tnwe\tnwa\tnwa\tnwaa\tnwaa\tnwaa\tn\tng\tnh\tle\tlaai\tl" +
  "i\tlii\tlo\tloo\tloo\tla\tlaa\tlwe\tlwe\tlwi\tlwi\tlwii\tlwii\tlwo\tlwo\tlwoo\tlwoo\tlwa\tlwa\tlwaa" +
  "\tlwaa\tl\tl\tl\tse\tsaai\tsi\tsii\tso\tsoo\tsoo\tsa\tsaa\tswe\tswe\tswi\tswi\tswii\tswii\tswo\tswo" +
  "\tswoo\tswoo\tswa\tswa\tswaa\tswaa\tswaa\ts\ts\tsw\ts\tsk\tskw\tsW\tspwa\tstwa\tskwa\tscwa\tshe\tshi" +
  "\tshii\tsho\tshoo\tsha\tshaa\tshwe\tshwe\tshwi\tshwi\tshwii\tshwii\tshwo\tshwo\tshwoo\tshwoo\tshwa\t" +
  "shwa\tshwaa\tshwaa\tsh\tye\tyaai\tyi\tyii\tyo\tyoo\tyoo\tya\tyaa\tywe\tywe\tywi\tywi\tywii\tywii\tyw" +
  "o\tywo\tywoo\tywoo\tywa\tywa\tywaa\tywaa\tywaa\ty\ty\ty\tyi\tre\tre\tle\traai\tri\trii\tro\troo\tlo" +
  "\tra\traa\tla\trwaa\trwaa\tr\tr\tr\tfe\tfaai\tfi\tfii\tfo\tfoo\tfa\tfaa\tfwaa\tfwaa\tf\tthe\tthe\tth" +
  "i\tthi\tthii\tthii\ttho\tthoo\ttha\tthaa\tthwaa\tthwaa\tth\ttthe\ttthi\tttho\tttha\ttth\ttye\ttyi\tt" +
  "yo\ttya\the\thi\thii\tho\thoo\tha\thaa\th\th\thk\tqaai\tqi\tqii\tqo\tqoo\tqa\tqaa\tq\ttlhe\ttlhi\ttl" +
  "ho\ttlha\tre\tri\tro\tra\tngaai\tngi\tngii\tngo\tngoo\tnga\tngaa\tng\tnng\tshe\tshi\tsho\tsha\tthe\t" +
  "thi\ttho\ttha\tth\tlhi\tlhii\tlho\tlhoo\tlha\tlhaa\tlh\tthe\tthi\tthii\ttho\tthoo\ttha\tthaa\tth\tb" +
  "\te\ti\to\ta\twe\twi\two\twa\tne\tni\tno\tna\tke\tki\tko\tka\the\thi\tho\tha\tghu\tgho\tghe\tghee\tg" +
  "hi\tgha\tru\tro\tre\tree\tri\tra\twu\two\twe\twee\twi\twa\thwu\thwo\thwe\thwee\thwi\thwa\tthu\ttho\t" +
  "the\tthee\tthi\ttha\tttu\ttto\ttte\tttee\ttti\ttta\tpu\tpo\tpe\tpee\tpi\tpa\tp\tgu\tgo\tge\tgee\tgi" +
  "\tga\tkhu\tkho\tkhe\tkhee\tkhi\tkha\tkku\tkko\tkke\tkkee\tkki\tkka\tkk\tnu\tno\tne\tnee\tni\tna\tmu" +
  "\tmo\tme\tmee\tmi\tma\tyu\tyo\tye\tyee\tyi\tya\tju\tju\tjo\tje\tjee\tji\tji\tja\tjju\tjjo\tjje\tjjee" +
  "\tjji\tjja\tlu\tlo\tle\tlee\tli\tla\tdlu\tdlo\tdle\tdlee\tdli\tdla\tlhu\tlho\tlhe\tlhee\tlhi\tlha\tt" +
  "lhu\ttlho\ttlhe\ttlhee\ttlhi\ttlha\ttlu\ttlo\ttle\ttlee\ttli\ttla\tzu\tzo\tze\tzee\tzi\tza\tz\tz\tdz" +
  "u\tdzo\tdze\tdzee\tdzi\tdza\tsu\tso\tse\tsee\tsi\tsa\tshu\tsho\tshe\tshee\tshi\tsha\tsh\ttsu\ttso\tt" +
  "se\ttsee\ttsi\ttsa\tchu\tcho\tche\tchee\tchi\tcha\tttsu\tttso\tttse\tttsee\tttsi\tttsa\tX\t.\tqai\tn" +
  "gai\tnngi\tnngii\tnngo\tnngoo\tnnga\tnngaa\tthwe\tthwi\tthwii\tthwo\tthwoo\tthwa\tthwaa\tth\tw\t \tb" +
  "\tl\tf\ts\tn\th\td\tt\tc\tq\tm\tg\tng\tz\tr\ta\to\tu\te\ti\tch\tth\tph\tp\tx\tp\t<\t>\t\x7f\t\x7f\t" +
  "\x7f\tf\tv\tu\tyr\ty\tw\tth\tth\ta\to\tac\tae\to\to\to\toe\ton\tr\tk\tc\tk\tg\tng\tg\tg\tw\th\th\th" +
  "\th\tn\tn\tn\ti\te\tj\tg\tae\ta\teo\tp\tz\ts\ts\ts\tc\tz\tt\tt\td\tb\tb\tp\tp\te\tm\tm\tm\tl\tl\tng" +
  "\tng\td\to\tear\tior\tqu\tqu\tqu\ts\tyr\tyr\tyr\tq\tx\t.\t:\t+\t17\t18\t19\tk\tsh\too\to\ti\te\ta\ta" +
  "e\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ti\tu\tk\tg\tng\tt\td\tn\tp\tb\tm\ty\tr\tl\tw\ts\th\t" +
  "i\tu\t\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tr\ta\ti\tu\tk\tg\tng\tt\td\tn\tp" +
  "\tb\tm\ty\tr\tl\tw\ts\th\ti\tu\t\t,\t.\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ti\t" +
  "u\tk\tg\tng\tt\td\tn\tp\tb\tm\ty\tr\tl\tw\ts\th\ti\tu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ti\tu\tk\tg\tng\tt\td\tn\tp\tb\tm\ty\t\x7f\tl\tw\ts\t\x7f\ti\tu\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tk\tkh\tg\tgh\tng\tc\tch\tj\t" +
  "jh\tny\tt\ttth\td\tddh\tnn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\ty\tr\tl\tv\tsh\tss\ts\th\tl\tq\ta\taa" +
  "\ti\tii\tu\tuk\tuu\tuuv\try\tryy\tly\tlyy\te\tai\too\too\tau\ta\taa\taa\ti\tii\ty\tyy\tu\tuu\tua\toe" +
  "\tya\tie\te\tae\tai\too\tau\tM\tH\ta`\t\t\ta\tr\t\t!\t\ta\t\t\t\t.\t // \t:\t+\t++\t * \t /// \tKR\t" +
  "'\t\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5" +
  "\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t @ \t ... \t, \t. \t: \t // \t-\t-\t, \t. \t-\t\t" +
  "\t\t \t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\te\ti\to\tu\tO\tU\t" +
  "ee\tn\tng\tb\tp\tq\tg\tm\tl\ts\tsh\tt\td\tch\tj\ty\tr\tw\tf\tk\tkha\tts\tz\th\tzr\tlh\tzh\tch\t-\te" +
  "\ti\to\tu\tO\tU\tng\tb\tp\tq\tg\tm\tt\td\tch\tj\tts\ty\tw\tk\tg\th\tjy\tny\tdz\te\ti\tiy\tU\tu\tng\t" +
  "k\tg\th\tp\tsh\tt\td\tj\tf\tg\th\tts\tz\tr\tch\tzh\ti\tk\tr\tf\tzh\tx\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\tm\tH\tX\tW\tM\t 3 \t 333 \ta\ti\tk\tng\tc\ttt\ttth\tdd\tnn\tt\td\tp\tph\tss\tzh\tz\ta" +
  "\tt\tzh\tgh\tng\tc\tjh\ttta\tddh\tt\tdh\tss\tcy\tzh\tz\tu\ty\tbh\t'\tlh\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\toy\tay\taay\tway\tpoy\tpay\tpwoy\ttay\tkay\tkway\tmay\tnoy\tnay\tlay\tsoy\tsay\tshoy\tshay\tsh" +
  "woy\tyoy\tyay\tray\tnwi\tnwi\tnwii\tnwii\tnwo\tnwo\tnwoo\tnwoo\trwe\trwi\trwii\trwo\trwoo\trwa\tp\tt" +
  "\tk\tc\tm\tn\ts\tsh\tw\tw\ty\t'\trwe\tloo\tlaa\tthwe\tthwa\ttthwe\ttthoo\ttthaa\ttlwe\ttloo\tshwe\ts" +
  "hoo\tgoo\tgwo\tgoo\tgaa\tgwa\tjoo\tjwe\tl\tr\ts\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tk\tkh\tg\tgh\tn\tc\tch\tj\tjh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\ty\tr\tl\tv\ts" +
  "\ts\ts\th\tjn\ttr\t\x7f\ta\ti\tu\te\tai\to\tau\te\to\ty\tr\tv\t\x7f\t\x7f\t\x7f\t\x7f\tk\tn\tm\tt\tn" +
  "\tp\tm\tr\tl\th\t'\t\t\x7f\t\x7f\t\x7f\t\x7f\tlo\t\x7f\t\x7f\t\x7f\t!\t?\t0\t1\t2\t3\t4\t5\t6\t7\t8" +
  "\t9\tg\th\tng\tz\ts\ty\td\tt\tl\tb\tp\tm\tf\tw\thh\t'\tk\tc\tn\taa\ti\te\tae\tu\to\toa\tue\toe\taue" +
  "\tai\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\tg\tk\tng\tg\tk\tng\tz\ts\ty\tz\ts\ty\td\tt\tn\td\tt\tn\tb\tp\tm\tb\tp\tm\t" +
  "f\tw\tl\tf\tw\tl\th\tdd\tbb\th\tdd\tbb\tgw\tkw\tgw\tkw\tsw\tsw\t\x7f\t\x7f\t\x7f\t\x7f\t'\taa\ti\tu" +
  "\tu\te\tae\to\toa\tue\tai\taai\tui\toi\toai\tuei\tii\tw\tng\tn\tm\tk\tt\tp\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t1\t\x7f\t\x7f\t\x7f\tlae\tlaew\t08\t1.\t2.\t3." +
  "\t4.\t5.\t6.\t7.\t8.\t9.\t10.\t11.\t12.\t13.\t14.\t15.\t88\t.1\t.2\t.3\t.4\t.5\t.6\t.7\t.8\t.9\t.10" +
  "\t.11\t.12\t.13\t.14\t.15\tk\tg\tng\tngk\tp\tb\tm\tmp\tt\td\tn\tnr\tc\tj\tny\tnc\ty\tr\tl\tw\ts\t" +
  "\x7f\th\ti\tu\te\to\te\t\x7f\t\x7f\t\\\t*\tk\tkh\tkh\tk\tkh\tkh\tng\tch\ts\tch\ts\ts\tny\tt\tth\td\t" +
  "th\tn\tt\tth\tt\tth\tn\tb\tp\tph\tf\tp\tf\tph\tm\tny\ty\th\tlue\tl\tlue\tw\ts\ts\ts\th\tl\t\x7f\th\t" +
  "i\ti\tu\tu\te\to\tlae\tth\tr\tl\tlng\tng\tng\tp\tth\tm\tb\ts\t\x7f\t\ta\ta\ta\ta\ti\ti\tue\tue\tu\tu" +
  "\to\to\toy\te\tae\to\tai\tai\to\tm\t\t\t\t\t\t\t-\t\t\x7f\t\x7f\t.\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\tw.\tww.\ts.\t*\t*\t*\t^\t-\t,\t.\t;\t_\t@\tch.\t\x7f\t\x7f\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tw\tw\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tg\tr\tt\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tm\tng\tng\tr\th\ta\ta\ti\ti" +
  "\tu\tu\tre\tro\tle\tlo\te\tai\to\tau\tk\tkh\tg\tgh\tng\tc\tch\tj\tjh\tny\tt\tth\td\tdh\tn\tt\tth\td" +
  "\tdh\tn\tp\tph\tb\tbh\tm\ty\tr\tl\tw\ts\ts\ts\th\t'\ta\ti\ti\tu\tu\tre\tro\tle\tlo\te\tai\to\tau\te" +
  "\to\t \tq\tx\tts\tf\tv\tz\tsy\tjny\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t*\t@\t.\t_\t,\t." +
  "\t-\ta\te\tu\tng\tr\ti\te\tu\tai\th\t\t\t\t\t\t\t\t\t\t^\t^\t^\t^\t^\t^\t^\t^\t^\t**\t@@\t\x7f\tng\t" +
  "r\th\ta\ti\tu\te\to\te\teu\tk\tq\tg\tng\tc\tj\tz\tny\tt\td\tn\tp\tf\tv\tb\tm\ty\tr\tl\tw\ts\tx\th\ty" +
  "\tr\tl\ti\tu\te\to\te\teu\t \t\tm\tw\tkh\tsy\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t'\treu\tleu\tbh\tk\tm\t" +
  "\x7f\t\x7f\th\th\th\tb\tb\tp\tp\tn\tn\tw\tw\tw\tg\tg\tj\td\tr\tr\tm\tm\tt\tt\ts\ts\ts\ty\ty\tng\tl\t" +
  "l\tny\tc\tnd\tmb\ti\tu\t'\te\te\te\ti\ti\to\to\tu\tu\tng\th\t \t \t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t*\t+\t|\t)\tk\tkl\tkh\tg\tgl\tng\tc\tch\tj\tny\tt\tth\td\tn\tp\tpl\tph\tf\tfl\tb\t" +
  "bl\tm\tml\tts\ttsh\tz\ty\tr\tl\th\thl\tv\ts\tsh\tw\t\x7f\ty\tr\ta\ti\to\to\tu\tu\te\tk\tm\tl\tn\tp\t" +
  "r\tt\tng\tng\t\t'\t\x7f\t\x7f\t\x7f\t,\t.\t.\t.\t.\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t" +
  "t\tth\td\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\ta\tt\tg\tm\tl\ta\tk\tj\tm\tw\ti\ts\th\tn\tr\tu\tc\td\tn\ty\t" +
  "e\tp\td\tn\tr\to\tt\tb\tn\th\tm\t\x7f\tm\t\x7f\t\x7f\t'\t,\t.\tv\td\to\ts\tt\tt\t'\te\tu\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tA\tB\tG\tD\tE\tV\tZ\tT\tI\tK'\tL\tM\tN\tO\tP'\tZh\tR\tS\tT'\tU\tP\tK" +
  "\tGh\tQ'\tSh\tCh\tTs\tDz\tTs'\tCh'\tKh\tJ\tH\tE\tY\tW\tX\tO\tF\tE\t`\tG\t`\t\x7f\t\x7f\tAe\t`\tW\t." +
  "\t*\t;\t,\tL\tK\tD\tB\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\t\t\t\"\t\t\t\t\t\t\t\t\t\t" +
  "\t\t\t\t \th\th\th\th\th\th\th\tm\tm\tm\tm\tm\tm\tm\tm\tm\th\th\t\th\th\t \t\t\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\ta\tae\tae\tb\tc\td\td\te\te\ti\tj\tk\tl\tm\tn\to\to\to\to\to\toe\tou\to\to\tp\tr\t" +
  "r\tt\tu\tu\tu\tw\tv\tw\tz\tzh\t`\t`\tg\tl\tp\tr\tps\tl\tA\tAe\tB\tB\tD\tE\tE\tG\tH\tI\tJ\tK\tL\tM\tN" +
  "\tN\tO\tOu\tP\tR\tT\tU\tW\ta\ta\ta\tae\tb\td\te\te\te\te\tg\ti\tk\tm\tng\to\to\to\to\tp\tt\tu\tu\tw" +
  "\tv\t`\tv\tg\td\tf\tch\ti\tr\tu\tv\tv\tg\tr\tf\tch\tue\tb\td\tf\tm\tn\tp\tr\tr\ts\tt\tz\tg\tn\tg\tth" +
  "\ti\ti\tp\tu\tu\tb\td\tf\tg\tk\tl\tm\tn\tp\tr\ts\tsh\tv\tx\tz\ta\ta\td\te\te\te\te\ti\to\tsh\tu\tzh" +
  "\ta\tc\tc\td\te\tf\tj\tg\ty\ti\ti\ti\ti\tj\tl\tl\tl\tm\tw\tn\tn\tn\to\tf\ts\tsh\tt\tu\tu\tu\tv\ta\tz" +
  "\tz\tz\tzh\tth\t\t\t\t\t\t\t\t\t\t\tr\t\t\t\t\t\t\t\t\ta\tae\tao\tav\tc\td\td\tg\tg\tk\tl\tl\tm\tn\t" +
  "n\tr\tr\ts\ts\tz\ta\tb\tb\te\tf\tl\to\tp\tsh\tu\tw\ta\to\tu\t\t\t\t\t\t\x7f\t\t\t\t\t\tA\ta\tB\tb\tB" +
  "\tb\tB\tb\tC\tc\tD\td\tD\td\tD\td\tD\td\tD\td\tE\te\tE\te\tE\te\tE\te\tE\te\tF\tf\tG\tg\tH\th\tH\th" +
  "\tH\th\tH\th\tH\th\tI\ti\tI\ti\tK\tk\tK\tk\tK\tk\tL\tl\tL\tl\tL\tl\tL\tl\tM\tm\tM\tm\tM\tm\tN\tn\tN" +
  "\tn\tN\tn\tN\tn\tO\to\tO\to\tO\to\tO\to\tP\tp\tP\tp\tR\tr\tR\tr\tR\tr\tR\tr\tS\ts\tS\ts\tS\ts\tS\ts" +
  "\tS\ts\tT\tt\tT\tt\tT\tt\tT\tt\tU\tu\tU\tu\tU\tu\tU\tu\tU\tu\tV\tv\tV\tv\tW\tw\tW\tw\tW\tw\tW\tw\tW" +
  "\tw\tX\tx\tX\tx\tY\ty\tZ\tz\tZ\tz\tZ\tz\th\tt\tw\ty\ta\ts\ts\ts\tSs\td\tA\ta\tA\ta\tA\ta\tA\ta\tA\ta" +
  "\tA\ta\tA\ta\tA\ta\tA\ta\tA\ta\tA\ta\tA\ta\tE\te\tE\te\tE\te\tE\te\tE\te\tE\te\tE\te\tE\te\tI\ti\tI" +
  "\ti\tO\to\tO\to\tO\to\tO\to\tO\to\tO\to\tO\to\tO\to\tO\to\tO\to\tO\to\tO\to\tU\tu\tU\tu\tU\tu\tU\tu" +
  "\tU\tu\tU\tu\tU\tu\tY\ty\tY\ty\tY\ty\tY\ty\tLL\tll\tV\tv\tY\ty\ta\ta\ta\ta\ta\ta\ta\ta\tA\tA\tA\tA\t" +
  "A\tA\tA\tA\te\te\te\te\te\te\t\x7f\t\x7f\tE\tE\tE\tE\tE\tE\t\x7f\t\x7f\te\te\te\te\te\te\te\te\tE\tE" +
  "\tE\tE\tE\tE\tE\tE\ti\ti\ti\ti\ti\ti\ti\ti\tI\tI\tI\tI\tI\tI\tI\tI\to\to\to\to\to\to\t\x7f\t\x7f\tO" +
  "\tO\tO\tO\tO\tO\t\x7f\t\x7f\tu\tu\tu\tu\tu\tu\tu\tu\t\x7f\tU\t\x7f\tU\t\x7f\tU\t\x7f\tU\to\to\to\to" +
  "\to\to\to\to\tO\tO\tO\tO\tO\tO\tO\tO\ta\ta\te\te\te\te\ti\ti\to\to\tu\tu\to\to\t\x7f\t\x7f\ta\ta\ta" +
  "\ta\ta\ta\ta\ta\tA\tA\tA\tA\tA\tA\tA\tA\te\te\te\te\te\te\te\te\tE\tE\tE\tE\tE\tE\tE\tE\to\to\to\to" +
  "\to\to\to\to\tO\tO\tO\tO\tO\tO\tO\tO\ta\ta\ta\ta\ta\t\x7f\ta\ta\tA\tA\tA\tA\tA\t'\ti\t'\t~\t\"~\te\t" +
  "e\te\t\x7f\te\te\tE\tE\tE\tE\tE\t'`\t''\t'~\ti\ti\ti\ti\t\x7f\t\x7f\ti\ti\tI\tI\tI\tI\t\x7f\t`'\t`'" +
  "\t`~\tu\tu\tu\tu\tR\tR\tu\tu\tU\tU\tU\tU\tR\t\"`\t\"'\t`\t\x7f\t\x7f\to\to\to\t\x7f\to\to\tO\tO\tO\t" +
  "O\tO\t'\t`\t\x7f\t \t \t \t \t \t \t \t \t \t \t \t \t\t\t\t\t-\t-\t-\t-\t--\t--\t||\t_\t'\t'\t,\t'" +
  "\t\"\t\"\t,,\t\"\t+\t++\t*\t*>\t.\t..\t...\t.\t\u000a\t\u000a\u000a\t\t\t\t\t\t \t%0\t%00\t'\t''\t''" +
  "'\t`\t``\t```\t^\t<\t>\t*\t!!\t!?\t-\t_\t-\t^\t***\t--\t/\t-[\t]-\t??\t?!\t!?\t7\tPP\t(]\t[)\t*\t;\t" +
  "_\t**\t./.\t~\t_\t*\t_\t''''\t_\t*\t:\t_\t+\t_\t_\t \t\t\t\t\t\t\x7f\t\t\t\t\t\t\t\t\t\t\t0\ti\t\t\t" +
  "4\t5\t6\t7\t8\t9\t+\t-\t=\t(\t)\tn\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t+\t-\t=\t(\t)\t\x7f\ta\te\to\tx\te" +
  "\th\tk\tl\tm\tn\tp\ts\tt\t\x7f\t\x7f\t\x7f\tECU\tCL\tCr\tFF\tL\tmil\tN\tPts\tRs\tW\tNS\tD\tEUR\tK\tT" +
  "\tDr\tPf\tP\tG\tA\tHRN\tC\tlt\tSm\tT\tRs\tTL\tM\tManat\tRb\tLari\tBTC\tSom\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t" +
  "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\ta/c\ta/s\tC\tC\tCL\tc/o\tc/u\tE\tg\tF\tg\tH\tH\tH\th\th\tI\tI\tL\tl\t#\tN\tN" +
  "o\t(P)\tp\tP\tQ\tR\tR\tR\tRx\tR\tSM\tTEL\ttm\tV\tZ\toz\tOhm\tMho\tZ\ti\tK\tA\tB\tC\te\te\tE\tF\tF\tM" +
  "\to\ta\tb\tg\td\tinformation source \tQ\tFAX\tp\tg\tG\tP\tS\tG\tL\tL\tY\tD\td\te\ti\tj\tPL\t&\tP\tA/" +
  "S\tf\tSh\t1/7\t1/9\t1/10\t 1/3 \t 2/3 \t 1/5 \t 2/5 \t 3/5 \t 4/5 \t 1/6 \t 5/6 \t 1/8 \t 3/8 \t 5/8" +
  " \t 7/8 \t 1/\tI\tII\tIII\tIV\tV\tVI\tVII\tVIII\tIX\tX\tXI\tXII\tL\tC\tD\tM\ti\tii\tiii\tiv\tv\tvi\t" +
  "vii\tviii\tix\tx\txi\txii\tl\tc\td\tm\t(D\tD)\t((|))\t)\tc\t6\tL\t|)))\t(((|)))\t0/3\t2\t3\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t-\t|\t-\t|\t-\t|\t\\\t/\t\\\t/\t-\t-\t~\t~\t-\t|\t-\t|\t-\t-\t-\t|\t-\t|\t|\t-\t-" +
  "\t-\t-\t-\t-\t|\t|\t|\t|\t|\t|\t|\t^\tV\t\\\t=\tV\t^\t-\t-\t|\t|\t-\t-\t|\t|\t=\t|\t=\t=\t|\t=\t|\t=" +
  "\t=\t=\t=\t=\t=\t|\t=\t|\t=\t|\t\\\t/\t\\\t/\t=\t=\t~\t~\t|\t|\t-\t|\t-\t|\t-\t-\t-\t|\t-\t|\t|\t|\t" +
  "|\t|\t|\t|\t-\t\\\t\\\t|\t>\t|\t>\t<\t>\t-\t<\t>\t-\t<\t>\t-\tV\tC\td\tE\tE\t0\t^\tD\tE\tE\tE\tE\tE" +
  "\tE\t#\tP\tU\tS\t-\t-+\t+\t/\t\\\t*\t*\t*\tsqrt\tcbrt\t4rt\t~\tinf\tL\t<\t<\t<\t|\t|\t||\t||\t^\tv\t" +
  "^\tv\tS\tS\tSSS\tS\tSS\tSSS\tS\tS\tS\t:.\t\x7f\t:\t\x7f\t_\t-\t-\t~\t~\t~\t~\t~\t~\t~\t-~\t~\t~\t~=" +
  "\t=\t=\t~\t~\t~\t~\t~=\t=\t=\t=\t=\t=\t=\t=\t=\t=\t=\t=\t=\t=\t=\t=\t=\t=\t=\t=\t=\t=\t=\t=\t<=\t>=" +
  "\t<=\t>=\t<\t>\t<<\t>>\t()\t=\t<\t>\t<\t>\t<~\t>~\t<\t>\t=\t=\t=\t=\t<\t>\t<\t>\t<\t>\t<\t>\t<\t>\t<" +
  "\t>\t<\t>\t<\t>\t<\t>\tv\tv\tv\t[\t]\t[\t]\t^\tv\t+\t-\tx\t/\t.\to\t*\t=\t-\t+\t-\tx\t.\t+\t+\t+\t+" +
  "\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t<\t>\t<\t>\t<\t>\t-\t-\t-\t+\tT\tv\t^\tv\t<\t/\t^\tv\t^\tv\t*\t*\t*" +
  "\t*\t><\t><\t><\t>\t<\t~=\tv\t^\t<\t>\t^\tv\t+\t#\t<\t>\t<<<\t>>>\t=\t=\t=<\t=>\t<\t>\t<\t>\t[\t]\t[" +
  "\t]\t<\t>\t<\t>\t<\t>\t<\t>\t|\t-\t/\t\\\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\tE\t0\t~\t^\t^\tv\t^" +
  "\t^\t~\t[\t]\t[\t]\t+\t+\t+\t+\t-\t*\t*\t*\t*\t*\t+\t#\t#\t-\twatch \thourglass \t+\t+\t+\t+\t(\t)\t" +
  "(\t)\t^\t*\t>\tx\tkeyboard \t<\t>\t<\t#\t*\t*\t*\t*\t*\t*\t*\t*\t*\tI\t#\t=\t\x7f\t*\t*\t*\t*\t*\t/" +
  "\t\\\t/\t\\\t<\t>\t<\t>\t<\t>\t0\t*\t*\tv\t*\t*\t^\t^\t*\t*\t^\t*\t*\tv\tv\t'\t*\t*\t*\t*\t*\t'\t*\t" +
  "\x7f\t*\t*\t*\t*\t*\t*\t*\t~\t>\t,\t*\t0\t|\t;\t=\t?\tv\t^\ti\tr\to\ta\te\ti\to\ta\tNAK\t+\t*\t*\t|" +
  "\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t#\t.\t<\t>\t#\t#\t(\t(\t(\t)\t)\t)" +
  "\t[\t[\t[\t]\t]\t]\t{\t{\t{\t|\t}\t}\t}\t|\t-\t{\t{\tS\tS\t[\t]\t][\t/\t|\t|\t-\t-\t-\t-\t+\t+\t+\t+" +
  "\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t'\t<\teject \t|\t-\t-\t-\t-\t-\t-\t3\t4\t5\t+\t-\t(\t)\t{\t}\t[\t" +
  "]\t#\t#\t-\t#\t*\t*\tE\tfast forward \trewind \tarrow double up \tarrow double down \ttrack next \tt" +
  "rack previous \tplay pause \talarm clock \tstopwatch \ttimer \thourglass flowing sand \t<\t>\t^\tv\t" +
  "pause button \tstop button \trecord button \tpower \tpower \ton \tsleep \t<\tNUL\tSOH\tSTX\tETX\tEOT" +
  "\tENQ\tACK\tBEL\tBS\tHT\tLF\tVT\tFF\tCR\tSO\tSI\tDLE\tDC1\tDC2\tDC3\tDC4\tNAK\tSYN\tETB\tCAN\tEM\tSU" +
  "B\tESC\tFS\tGS\tRS\tUS\tSP\tDEL\tb\t_\tNL\t/\t?\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t<\t>\t]\t*\t*\t*\t\t;\t<\t=\t\\\\\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11" +
  "\t12\t13\t14\t15\t16\t17\t18\t19\t20\t(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)\t(11)\t(12)" +
  "\t(13)\t(14)\t(15)\t(16)\t(17)\t(18)\t(19)\t(20)\t1.\t2.\t3.\t4.\t5.\t6.\t7.\t8.\t9.\t10.\t11.\t12." +
  "\t13.\t14.\t15.\t16.\t17.\t18.\t19.\t20.\t(a)\t(b)\t(c)\t(d)\t(e)\t(f)\t(g)\t(h)\t(i)\t(j)\t(k)\t(l)" +
  "\t(m)\t(n)\t(o)\t(p)\t(q)\t(r)\t(s)\t(t)\t(u)\t(v)\t(w)\t(x)\t(y)\t(z)\tA\tB\tC\tD\tE\tF\tG\tH\tI\tJ" +
  "\tK\tL\tM\tN\tO\tP\tQ\tR\tS\tT\tU\tV\tW\tX\tY\tZ\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn\to\tp\tq" +
  "\tr\ts\tt\tu\tv\tw\tx\ty\tz\t0\t11\t12\t13\t14\t15\t16\t17\t18\t19\t20\t1\t2\t3\t4\t5\t6\t7\t8\t9\t1" +
  "0\t0\t-\t-\t|\t|\t-\t-\t|\t|\t-\t-\t|\t|\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+" +
  "\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+" +
  "\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t-\t-\t|\t|\t-\t|\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+" +
  "\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t/\t\\\tX\t-\t|\t-\t|\t-\t|\t-\t|\t-\t|\t-\t|\t#\t#\t#" +
  "\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t-\t|\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#" +
  "\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t^\t^\t^\t^\t>\t>\t>\t>\t>\t>\tV\tV\tV\tV\t<\t<\t<\t<\t<" +
  "\t<\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t(\t)\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t/\t\\\t/\t" +
  "\\\t*\t#\t#\t#\t#\t#\t^\t^\t^\tO\t#\t#\t#\t#\tO\tO\tO\tO\t/\t\\\t\\\t#\t#\t#\t#\t/\t*\tcloud \tumbre" +
  "lla \tsnowman \tcomet \t*\t*\t<\t*\t*\t*\t*\t0\t180\ttelephone \ttelephone \t[ ]\t[v]\t[x]\tX\tumbre" +
  "lla \tcoffee \tW\tB\tshamrock \t**\t<\t>\t<\t^\t>\tv\tskull crossbones \t!!\tradioactive \tbiohazard" +
  " \t+\t+\torthodox cross \tChR.\t+\t+\tstar and crescent \tfarsi \t*\thammer & sickle \tpeace \tyin y" +
  "ang \theaven \tDui\tLi\tZhen\tXun\tKan\tGen\tearth \twheel of dharma \t:(\t:)\t:)\t*\t)\t(\tMercury" +
  "\tfemale sign \tEarth\tmale sign \tJupiter\tSaturn\tUranus\tNeptune\tPluto\taries \ttaurus \tgemini " +
  "\tcancer \tleo \tvirgo \tlibra \tscorpius \tsagittarius \tcapricorn \taquarius \tpisces \twhite king" +
  " \tQ\tR\tB\tN\tP\tk\tq\tr\tb\tblack knight \tchess pawn \tspades \twhite heart \twhite diamond \tclu" +
  "bs \twhite spade \thearts \tdiamonds \twhite club \thotsprings\t#\t#\t#\t#\tb\t#\t#\t+\t+\t*\t/1\\\t" +
  "/2\\\t/3\\\t/4\\\t/5\\\t/6\\\t/7\\\trecycling \trecycle \trecycled (pap) \trecycled (part pap) \t(in" +
  "f) \twheelchair \t1\t2\t3\t4\t5\t6\t*\t*\t*\t*\tYangYao\tYinYao\tTaiYang\tShaoYin\tShaoYang\tTaiYin" +
  "\twhite flag \tblack flag \thammer & pick \tanchor \tcrossed swords \tmedical symbol \tscales \talem" +
  "bic \t*\tgear \tstaff of hermes \tatom \tfleur-de-lis \t*\t\\>\t\\<\twarning \tzap \tdoubled female " +
  "sign \t*\t*\t*\tmale sign with stroke \ttransgender symbol \tvertical male sign with stroke \tmale s" +
  "ign with stroke horizontal \twhite circle \tblack circle \to\too\to|o\to-o\tcoffin \turn\tneuter \t*" +
  "\t*\t*\t*\t*\t*\t*\t30\t150\tsesquiquadrate \tsoccer \tbaseball \t[key] \tM\tK\tm\tblack draughts ki" +
  "ng \tsnowman \tpartly sunny \train \tsnowman \tthunder cloud rain \tturned white shogi piece \tb\t#" +
  "\tX\tdisabled car \tophiuchus \tpick \tcar sliding \thelmet with cross \tcircled crossing lanes \tch" +
  "ains \tno entry \talternate oneway left way traffic \t*\t*\t*\t*\t::\tv\t*\tX\t\\\t*\t*\t*\tUranus\t" +
  "*\t*\t*\t*\t*\tblack cross shield \tshinto shrine \tchurch \tcastle \t:.\t*\t*\tlighthouse \tmountai" +
  "n \tbeach umbrella \tfountain \tgolf \tferry \tboat \t#\tskier \tice skate \tbasketballer \ttent \tj" +
  "p bank \tgraveyard \tfuelpump \tcup \t*\t<\tscissors \tscissors \tscissors \tscissors \twhite check " +
  "mark \t@\t@\tairplane \tenvelope \tfist \thand \tv \twriting hand \tpencil \tpencil2 \tpencil \tnib " +
  "\tblack nib \tOK\tcheckmark \tX\tx\tx\tx\t+\t+\t+\t+\t+\t+\t+\t+\tstar of david \t*\t*\t*\t*\t*\t*\t" +
  "sparkles \t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*" +
  "\t*\t*\t*\t*\t*\tx \t*\tnegative squared cross mark \t#\t#\t#\t#\t?\t?\t!\t*\t!\t|\t|\t|\t'\t'\t\"\t" +
  "\"\t'\t\"\tP\t!\theart exclamation \theart\tblack heart \t*\t*\t(\t)\t(\t)\t<\t>\t<\t>\t<\t>\t(\t)\t" +
  "{\t}\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t>" +
  "\t+\t-\t/\t\\\t>\t/\t>\t>\t>\t>\t>\t>\tarrow right \t>\t>\t>\t>\t>\t>\t>\t>\t>\t>\t>\t>\t>\t>\tcurly" +
  " loop \t>\t>\t>\t\\\t>\t/\t\\\t>\t/\t>\t>\t>\t>\t>\tloop \t^\t^\tT\t<\t>\t{\t}\tv\t\\<\t>/\t|\t/\t)" +
  "\t\\\t^\tv\t#\t^\tw\t>\t<\t*\t*\t*\tT\tT\t#\t+\t-\t-\t-\t+\t#\t#\t#\t#\t#\t#\t[\t]\t<\t>\t<<\t>>\t[" +
  "\t]\t(\t)\t^\tv\t<\t>\t>\t<\t>\t-\t<\t>\t-\t<\t>\t<\t>\t~\t \ta\t,\tb\t'\tk\t;\tl\t@\tc\ti\tf\t/\tm" +
  "\ts\tp\t\"\te\t:\th\t9\to\t!\tr\t^\td\tj\tg\t>\tn\tt\tq\t,\t*\t5\t<\t-\tu\t?\tv\t.\t%\t[\t$\t+\tx\t!" +
  "\t&\t;\t:\t.\t\\\t0\tz\t7\t(\t_\t?\tw\t]\t#\ty\t)\t=\td7\tA\td27\tB\td37\tK\td237\tL\td47\tC\tI\tF\t" +
  "d347\tM\tS\tP\td57\tE\td257\tH\td357\tO\td2357\tR\td457\tD\tJ\tG\td3457\tN\tT\tQ\td67\td167\td267\td" +
  "1267\td367\tU\td2367\tV\td467\td1467\td2467\td12467\td3467\tX\td23467\td123467\td567\td1567\td2567\t" +
  "d12567\td3567\tZ\td23567\td123567\td4567\td14567\tW\td124567\td34567\tY\td234567\td1234567\td8\td18" +
  "\td28\td128\td38\td138\td238\td1238\td48\td148\td248\td1248\td348\td1348\td2348\td12348\td58\td158\t" +
  "d258\td1258\td358\td1358\td2358\td12358\td458\td1458\td2458\td12458\td3458\td13458\td23458\td123458" +
  "\td68\td168\td268\td1268\td368\td1368\td2368\td12368\td468\td1468\td2468\td12468\td3468\td13468\td23" +
  "468\td123468\td568\td1568\td2568\td12568\td3568\td13568\td23568\td123568\td4568\td14568\td24568\td12" +
  "4568\td34568\td134568\td234568\td1234568\td78\td178\td278\td1278\td378\td1378\td2378\td12378\td478\t" +
  "d1478\td2478\td12478\td3478\td13478\td23478\td123478\td578\td1578\td2578\td12578\td3578\td13578\td23" +
  "578\td123578\td4578\td14578\td24578\td124578\td34578\td134578\td234578\td1234578\td678\td1678\td2678" +
  "\td12678\td3678\td13678\td23678\td123678\td4678\td14678\td24678\td124678\td34678\td134678\td234678\t" +
  "d1234678\td5678\td15678\td25678\td125678\td35678\td135678\td235678\td1235678\td45678\td145678\td2456" +
  "78\td1245678\td345678\td1345678\td2345678\td12345678\t>\t>\t<\t>\t-\t>\t<\t>\tv\t^\t^\tv\t<\t>\t<\t>" +
  "\t>\t>\t^\tv\t>\t>\t>\t>\t>\t<\t>\t<\t>\t<\t>\t<\t>\t\\\t/\t\\\t/\t\\\t/\tX\tX\tX\tX\tX\tX\tX\tX\tX" +
  "\tX\tX\tX\t>\tarrow heading up \tarrow heading down \t<\t>\t<\t>\t<\t>\t-\t+\t<\t>\t<\t>\t=\t=\t=\t>" +
  "\t<\t>\t-\t^\t-\t-\t|\t|\t-\t|\t-\t|\t<\t>\t^\tv\t<\t>\t^\tv\t<\t>\t^\tv\t<\t>\t^\tv\t<\t^\t>\tv\t=" +
  "\t=\t=\t=\t<\t<\t>\t>\t|\t|\t>\t=\t~\t<\t>\t~\t<\t<\t>\t>\t<\t<\t>\t<\tv\t^\t|||\t*\t\x7f\t{\t}\t(\t" +
  ")\t(\t)\t<\t>\t[\t]\t[\t]\t[\t]\t<\t>\t<\t>\t>\t<\t[\t]\t\x7f\t|\t>\t^\t^\t<\t<\t>\t^\t>\t>\t<\t>\t^" +
  "\t^\t^\t^\t^\t^\t^\t^\t^\t^\t0\t0\t0\t0\t0\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t<\t>\t*\t*\t/\t\\\t*\to" +
  "\t#\t#\t^\t^\t^\t^\t#\t<\t>\t*\t*\t*\t*\t*\t*\t*\t{\t}\t{{\t}}\t*\t*\t*\t*\t#\t<\tE\t#\t#\t#\t#\t#\t" +
  "^\t^\t#\t#\t*\t*\t+\t+\t+\t+\t+\t+\t>\t\\\t/\t\\\t/\t\\\t++\t+++\t<\t>\t+\t-\t*\t+\tx\t.\t+\t^\tv\tM" +
  "\tW\tX\tS\tS\tSSSS\tS\tS\tS\tS\tS\tS\tS\tS\tS\tS\tS\tS\tS\tS\tS\tS\t><\t<\t;\t>>\t|\t+\t+\t+\t+\t+\t" +
  "+\t+\t-\t-\t-\t-\t(+\t+)\tx\tx\tx\tx\t*\t(x\tx)\tx\tx\t/\t+\t-\tx\t-\t-\t;\tU\t^\tv\tv\t^\t^\tv\tX\t" +
  "0\tX\t0\tw\tm\tv\t^\t^\tv\t*\t^\tv\t^\tv\tM\tW\tv\t^\tX\t^\tv\t^\tv\t^\t^\t^\tv\tv\tv\t<\t>\t=\t=\t#" +
  "\t#\t~\t~\t~\t=\t=\t=\t=\t=+\t+=\t=~\t=\t==\t===\t=\t=\t<\t>\t?<\t>?\t<=\t>=\t<=\t>=\t<=\t>=\t<=\t>=" +
  "\t<\t>\t<\t>\t<\t>\t=\t=\t<\t>\t~\t~\t=\t=\t=\t=\t=<\t=>\t=<\t=>\t=<\t=>\t=<\t=>\t~<\t~>\t<\t>\t<<\t" +
  ">>\t<<\t><\t><\t<\t>\t<\t>\t<\t>\t<\t>\t=\t<\t>\t<\t>\t<\t>\t<\t>\t<\t>\t<\t>\t<<\t>>\t<\t>\t<\t>\t<" +
  "\t>\t<\t>\t<\t>\t<\t>\t<\t>\t<\t>\t[\t]\t<\t>\t<\t>\t-\t-\t<\t>\t><\t><\t+\t+\t+\t+\t+\t+\t+\t+\t+\t" +
  "+\t+\t+\t+\t+\t+\t+\t+\t+\t+\t-\t-\t|\t|\t|\t|\t||\t||\t|||\t|||\t\x7f\t<<<\t>>>\t<=\t>=\t///\t|||\t" +
  "//\t|\t|\t/\t\\\t\\\t/\t-\t<=\t^\tv\t/\t\\\t\\\t/\t-\t|\tv\t^\tv\t^\t-\t-\t\\\t\\\t|\t|\t-\t-\t#\tbl" +
  "ack large square \twhite large square \t-\t-\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t<\t" +
  "<\t<\t<\t<\t<\t<\t<\t<\t<\t<\t<\t<\t<\t<\t<\t<\t<\t<\t>\t>\t<\t>\t>\t>\t<\t<\t<\t>\tv\t/\t\\\t*\t*\t" +
  "*\t*\t*\to \t*\t*\toff \t*\t/\t\\\t/\t\\\t>\t>\t<\t^\t>\tv\t-\t|\t\\\t/\t\\\t/\t<\t^\t>\tv\t>\t<\t<" +
  "\t^\t>\tv\t\x7f\t\x7f\t\\\t/\t\\\t/\t<\t^\t>\tv\t-\t|\t-\t|\t-\t|\t<\t^\t>\tv\t<\t^\t>\tv\t<\t^\t>\t" +
  "v\t<\t>\t<\t>\t<\t>\t\x7f\tA\t<\t^\t>\tv\t<\t^\t>\tv\t<\t>\t<\t>\t^\t^\tv\tv\t<\t>\t<\t>\t^\t^\tv\tv" +
  "\t<\t>\t<\t>\t^\t^\tv\tv\t^\t^\t*\t*\t*\tx\tx\tx\t*\t*\t*\t*\t*\t^\tv\t<\t>\tNeptune\t^\tv\t*\t*\t*" +
  "\t*\t+\t?\t+\tPluto\tPluto\tPluto\tPluto\t*\t*\t*\t*\t*\t*\t*\t*\t*\tCupido\tHades\tZeus\tKronos\tAp" +
  "ollon\tAdmetos\tVulcanus\tPoseidon\t*\t*\t*\t*\t<\t^\t>\tv\t*\t*\t*\tV\tN\tQ\tN2\t100\tD3\t*\t*\t*\t" +
  "*\t*\t*\t#\tA\tB\tV\tG\tD\tE\tZh\tDz\tZ\tI\tJ\tI\tG\tK\tL\tM\tN\tO\tP\tR\tS\tT\tU\tF\tH\tO\tP\tSht\t" +
  "C\tCh\tSh\tU\tI\tE\tH\tJu\tE\tE\tJo\tJe\tO\tJo\tTh\tU\tI\tA\tM\tCh\ta\tb\tv\tg\td\te\tzh\tdz\tz\ti\t" +
  "j\ti\tg\tk\tl\tm\tn\to\tp\tr\ts\tt\tu\tf\th\to\tp\tsht\tc\tch\tsh\tu\ti\te\th\tju\te\te\tjo\tje\to\t" +
  "jo\tth\tu\ti\ta\tm\tch\tL\tl\tL\tP\tR\ta\tt\tH\th\tK\tk\tZ\tz\tA\tM\tA\tA\tv\tW\tw\tv\tH\th\to\te\tr" +
  "\to\te\tj\tV\tS\tZ\tA\ta\tB\tb\tG\tg\tD\td\tE\te\t6\t6\tZ\tz\tE\te\tTh\tth\tI\ti\tK\tk\tL\tl\tM\tm\t" +
  "N\tn\tKs\tks\tO\to\tP\tp\tR\tr\tS\ts\tT\tt\tU\tu\tPh\tph\tKh\tkh\tPs\tps\tO\to\t'\t'\t`\t`\tE\te\tK" +
  "\tk\tN\tn\tN\tn\tO\to\t900\t900\tSh\tsh\tSh\tsh\tSh\tsh\tX\tx\tH\th\tH\th\tH\th\tH\th\tH\th\tH\th\tJ" +
  "\tj\tDj\tdj\tC\tc\tC\tc\tNg\tng\tNy\tny\tW\tw\t&\tMR.\tPR.\tSTRS.\tTR.\tKhR.\tCS.\tSh\tsh\tJ\tj\tn\t" +
  "\t\tX\tx\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\\\\\t/.\t.\\\t//\t.5\t.\t'\ta\tb\tg\td\te\tv\tz\tt\ti\tk'\t" +
  "l\tm\tn\to\tp'\tzh\tr\ts\tt'\tu\tp\tk\tgh\tq'\tsh\tch\tts\tdz\tts'\tch'\tkh\tj\th\te\ty\tw\tx\to\t" +
  "\x7f\te\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tae\t\x7f\t\x7f\ta\tb\tb\tg\tg\tdj\tdj\td\td\td\td\te\tf\tk\tk" +
  "\tk\th\th\th\th\t'\tx\tx\tq\tq\ti\tj\tj\tj\tl\tm\tn\tgn\tng\tp\tu\tr\tr\tgh\tgh\tgh\ts\ts\tc\tt\tt\t" +
  "tc\tt\tv\tw\ty\tz\tz\tz\te\to\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tw\t \t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\tloa\tmoa\troa\tsoa\tshoa\tboa\tt" +
  "oa\tchoa\tnoa\tnyoa\t'oa\tzoa\tdoa\td'oa\tjoa\tt'oa\tch'oa\tp'oa\tpoa\tngwe\tngwi\tngwe\tngwi\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tshe\tshu\tshi\tsha\tshe\tsh\tsho\t\x7f\tche\tchu\t" +
  "chi\tcha\tche\tch\tcho\t\x7f\tzhe\tzhu\tzhi\tzha\tzhe\tzh\tzho\t\x7f\tch'e\tch'u\tch'i\tch'a\tch'e\t" +
  "ch'\tch'o\t\x7f\tk'ye\tk'yu\tk'yi\tk'ya\tk'ye\tk'y\tk'yo\t\x7f\tkye\tkyu\tkyi\tkya\tkye\tky\tkyo\t" +
  "\x7f\thye\thyu\thyi\thya\thye\thy\thyo\t\x7f\tgye\tgyu\tgyi\tgya\tgye\tgy\tgyo\t\x7f\tb\tv\tg\td\tzh" +
  "\tz\tk\tl\tm\tn\to\tp\tr\ts\tt\tkh\tts\tch\tsh\tshch\tf\tst\ta\te\tdj\tu\te\tyu\tia\te\to\tio\t+\t+" +
  "\t+\t+\t+\t+\t+\t+\t+\t+\t+\t*\t\\\t/\t#\t_\t_\t_\t,\t/\t/\t/\t>\t=\t!?\t/\t-\t~\t\\\t/\t~\t~\t[\t]" +
  "\t[\t]\t[\t]\t(\t)\t((\t))\t_\t_\t_\t+\t?\t'\t*\t-\t,\t-\t,\t;\t+\t+\t+\tS\t--\t---\t.\t_\t|\tC\t=\t" +
  ",\t\"\t-\t_\t.\t_\t.\t.\t;\t/\t+++\t,\tP\t;\t/\t+\t+\t&\t!\t?\t[\t]\t[\t]\t(\t)\t(\t)\t-\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tBing" +
  "\tHan\tYi\tYi\tYi\tRen\tJiong\tJi\tDao\tDao\tBu\tJie\tXiao\tXiao\tWang\tWang\tWang\tWang\tJi\tYao\tJ" +
  "i\tJi\tXin\tXin\tShou\tPu\t\x7f\tWu\tRi\tYue\tDai\tWu\tShi\tShui\tShui\tHuo\tZhao\tZhao\tQiang\tNiu" +
  "\tQuan\tYu\tPi\tMu\tShi\tShi\tZhu\tMi\tMi\tWang\tWang\tWang\tWang\tWang\tYang\tYang\tYang\tLao\tYu\t" +
  "Yu\tRou\tJiu\tCao\tCao\tCao\tHu\tYi\tYa\tYa\tJian\tJiao\tJiao\tYan\tBei\tZu\tChe\tChuo\tChuo\tChuo\t" +
  "Yi\tJin\tChang\tChang\tChang\tMen\tFu\tFu\tYu\tQing\tWei\tYe\tFeng\tFei\tShi\tShi\tShi\tShi\tShou\tM" +
  "a\tGu\tGui\tYu\tNiao\tLu\tMai\tHuang\tMin\tQi\tQi\tChi\tChi\tLong\tLong\tGui\tGui\tGui\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYi\tGun\tZhu\tPie\tYi\tJue\tEr\tTou\tRen" +
  "\tEr\tRu\tBa\tJiong\tMi\tBing\tJi\tKan\tDao\tLi\tBao\tBi\tFang\tXi\tShi\tBu\tJie\tHan\tSi\tYou\tKou" +
  "\tWei\tTu\tShi\tZhi\tSui\tXi\tDa\tNu\tZi\tMian\tCun\tXiao\tWang\tShi\tChe\tShan\tChuan\tGong\tJi\tJi" +
  "n\tGan\tYao\tYan\tYin\tGong\tYi\tGong\tJi\tShan\tChi\tXin\tGe\tHu\tShou\tZhi\tPu\tWen\tDou\tJin\tFan" +
  "g\tWu\tRi\tYue\tYue\tMu\tQian\tZhi\tDai\tShu\tWu\tBi\tMao\tShi\tQi\tShui\tHuo\tZhao\tFu\tYao\tQiang" +
  "\tPian\tYa\tNiu\tQuan\tXuan\tYu\tGua\tWa\tGan\tSheng\tYong\tTian\tPi\tNe\tBo\tBai\tPi\tMin\tMu\tMao" +
  "\tShi\tShi\tShi\tRou\tHe\tXue\tLi\tZhu\tMi\tMi\tFou\tWang\tYang\tYu\tLao\tEr\tLei\tEr\tYu\tRou\tChen" +
  "\tZi\tZhi\tJiu\tShe\tChuan\tZhou\tGen\tSe\tCao\tHu\tChong\tXue\tXing\tYi\tYa\tJian\tJiao\tYan\tGu\tD" +
  "ou\tShi\tZhi\tBei\tChi\tZou\tZu\tShen\tChe\tXin\tChen\tChuo\tYi\tYou\tBian\tLi\tJin\tChang\tMen\tFu" +
  "\tLi\tZhui\tYu\tQing\tFei\tMian\tGe\tWei\tJiu\tYin\tYe\tFeng\tFei\tShi\tShou\tXiang\tMa\tGu\tGao\tBi" +
  "ao\tDou\tChang\tLi\tGui\tYu\tNiao\tLu\tLu\tMai\tMa\tHuang\tShu\tHei\tZhi\tMin\tDing\tGu\tShu\tBi\tQi" +
  "\tChi\tLong\tGui\tYue\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t+\t+\t+\t+\t+\t+\t+" +
  "\t+\t+\t+\t+\t+\t\x7f\t\x7f\t\x7f\t\x7f\t \t, \t. \t\"\t[JIS]\t\"\t/\t0\t<\t> \t<<\t>> \t[\t] \t{\t}" +
  " \t[(\t)] \t@\tX \t[\t] \t[[\t]] \t((\t)) \t[[\t]] \t~ \t``\t''\t,,\t@\t1\t2\t3\t4\t5\t6\t7\t8\t9\t" +
  "\t\t\t\t\t\t~\t+\t+\t+\t+\t\\\t@\t // \t+10+\t+20+\t+30+\t-\tMasu\tpart alternation mark \t~\t#\t" +
  "\x7f\ta\ta\ti\ti\tu\tu\te\te\to\to\tka\tga\tki\tgi\tku\tgu\tke\tge\tko\tgo\tsa\tza\tsi\tzi\tsu\tzu\t" +
  "se\tze\tso\tzo\tta\tda\tti\tdi\ttu\ttu\tdu\tte\tde\tto\tdo\tna\tni\tnu\tne\tno\tha\tba\tpa\thi\tbi\t" +
  "pi\thu\tbu\tpu\the\tbe\tpe\tho\tbo\tpo\tma\tmi\tmu\tme\tmo\tya\tya\tyu\tyu\tyo\tyo\tra\tri\tru\tre\t" +
  "ro\twa\twa\twi\twe\two\tn\tvu\tka\tke\t\x7f\t\x7f\t'\t`\t'\t`\t\"\t\"\tyori\t=\ta\ta\ti\ti\tu\tu\te" +
  "\te\to\to\tka\tga\tki\tgi\tku\tgu\tke\tge\tko\tgo\tsa\tza\tsi\tzi\tsu\tzu\tse\tze\tso\tzo\tta\tda\tt" +
  "i\tdi\ttu\ttu\tdu\tte\tde\tto\tdo\tna\tni\tnu\tne\tno\tha\tba\tpa\thi\tbi\tpi\thu\tbu\tpu\the\tbe\tp" +
  "e\tho\tbo\tpo\tma\tmi\tmu\tme\tmo\tya\tya\tyu\tyu\tyo\tyo\tra\tri\tru\tre\tro\twa\twa\twi\twe\two\tn" +
  "\tvu\tka\tke\tva\tvi\tve\tvo\t-\t\t\"\t\"\tkoto\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tB\tP\tM\tF\tD\tT\tN\t" +
  "L\tG\tK\tH\tJ\tQ\tX\tZH\tCH\tSH\tR\tZ\tC\tS\tA\tO\tE\tEH\tAI\tEI\tAU\tOU\tAN\tEN\tANG\tENG\tER\tI\tU" +
  "\tIU\tV\tNG\tGN\ti\te\tn\t\x7f\tg\tgg\tgs\tn\tnj\tnh\td\tdd\tr\tlg\tlm\tlb\tls\tlt\tlp\trh\tm\tb\tbb" +
  "\tbs\ts\tss\t\tj\tjj\tc\tk\tt\tp\th\ta\tae\tya\tyae\teo\te\tyeo\tye\to\twa\twae\toe\tyo\tu\tweo\twe" +
  "\twi\tyu\teu\tyi\ti\t\tnn\tnd\tns\tnZ\tlgs\tld\tlbs\tlZ\tlQ\tmb\tms\tmZ\tmN\tbg\tbd\tbsg\tbst\tbj\tb" +
  "t\tbN\tbbN\tsg\tsn\tsd\tsb\tsj\tZ\t\tN\tNs\tNZ\tpN\thh\tQ\tyo-ya\tyo-yae\tyo-i\tyu-yeo\tyu-ye\tyu-i" +
  "\tU\tU-i\t\x7f\t-\tre\t1\t2\t3\t4\tA\tB\tC\tI\tII\tIII\tIV\ta\tb\tc\tBU\tZI\tJI\tGU\tEE\tENN\tOO\tON" +
  "N\tIR\tANN\tINN\tUNN\tIM\tNGG\tAINN\tAUNN\tAM\tOM\tONG\tINNN\tP\tT\tK\tH\tv\tdl\ty\tk\tgw\tkw\teu\ta" +
  "\tT\tWG\tXG\tBXG\tSW\tHZZ\tHZG\tHP\tHZWG\tSZWG\tHZT\tHZZP\tHPWG\tHZW\tHZZZ\tN\tH\tS\tP\tSP\tD\tHZ\tH" +
  "G\tSZ\tSWZ\tST\tSG\tPD\tPZ\tTN\tSZZ\tSWG\tHXWG\tHZZZG\tPG\tQ\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tku\tshi\tsu\tto\tnu\tha\thi\tfu\the\tho\tmu\tra\tri\tru\tre\tro" +
  "\t(g)\t(n)\t(d)\t(r)\t(m)\t(b)\t(s)\t()\t(j)\t(c)\t(k)\t(t)\t(p)\t(h)\t(ga)\t(na)\t(da)\t(ra)\t(ma)" +
  "\t(ba)\t(sa)\t(a)\t(ja)\t(ca)\t(ka)\t(ta)\t(pa)\t(ha)\t(ju)\t(OJeon)\t(OHu)\t\x7f\t(1) \t(2) \t(3) " +
  "\t(4) \t(5) \t(6) \t(7) \t(8) \t(9) \t(10) \t(Yue) \t(Huo) \t(Shui) \t(Mu) \t(Jin) \t(Tu) \t(Ri) \t(" +
  "Zhu) \t(You) \t(She) \t(Ming) \t(Te) \t(Cai) \t(Zhu) \t(Lao) \t(Dai) \t(Hu) \t(Xue) \t(Jian) \t(Qi) " +
  "\t(Zi) \t(Xie) \t(Ji) \t(Xiu) \t<<\t>>\tWen\tYou\tWen\tZheng\t10\t20\t30\t40\t50\t60\t70\t80\tPTE\t2" +
  "1\t22\t23\t24\t25\t26\t27\t28\t29\t30\t31\t32\t33\t34\t35\t(g)\t(n)\t(d)\t(r)\t(m)\t(b)\t(s)\t()\t(j" +
  ")\t(c)\t(k)\t(t)\t(p)\t(h)\t(ga)\t(na)\t(da)\t(ra)\t(ma)\t(ba)\t(sa)\t(a)\t(ja)\t(ca)\t(ka)\t(ta)\t(" +
  "pa)\t(ha)\tChamGo\tJuUi\tU\tKIS \t(1) \t(2) \t(3) \t(4) \t(5) \t(6) \t(7) \t(8) \t(9) \t(10) \t(Yue)" +
  " \t(Huo) \t(Shui) \t(Mu) \t(Jin) \t(Tu) \t(Ri) \t(Zhu) \t(You) \t(She) \t(Ming) \t(Te) \t(Cai) \t(Zh" +
  "u) \t(Lao) \t(Mi) \t(Nan) \t(Nu) \t(Shi) \t(You) \t(Yin) \t(Zhu) \t(Xiang) \t(Xiu) \t(Xie) \t(Zheng)" +
  " \t(Shang) \t(Zhong) \t(Xia) \t(Zuo) \t(You) \t(Yi) \t(Zong) \t(Xue) \t(Jian) \t(Qi) \t(Zi) \t(Xie) " +
  "\t(Ye) \t36\t37\t38\t39\t40\t41\t42\t43\t44\t45\t46\t47\t48\t49\t50\t1M\t2M\t3M\t4M\t5M\t6M\t7M\t8M" +
  "\t9M\t10M\t11M\t12M\tHg\terg\teV\tLTD\ta\ti\tu\tu\to\tka\tki\tku\tke\tko\tsa\tsi\tsu\tse\tso\tta\tti" +
  "\ttu\tte\tto\tna\tni\tnu\tne\tno\tha\thi\thu\the\tho\tma\tmi\tmu\tme\tmo\tya\tyu\tyo\tra\tri\tru\tre" +
  "\tro\twa\twi\twe\two\tReiwa\tapartment\talpha\tampere\tare\tinning\tinch\twon\tescudo\tacre\tounce\t" +
  "ohm\tkai-ri\tcarat\tcalorie\tgallon\tgamma\tgiga\tguinea\tcurie\tguilder\tkilo\tkilogram\tkilometer" +
  "\tkilowatt\tgram\tgram ton \tcruzeiro\tkrone\tcase\tkoruna\tco-op\tcycle\tcentime\tshilling\tcenti\t" +
  "cent\tdozen\tdesi\tdollar\tton\tnano\tknot\theights\tpercent\tparts\tbarrel\tpiaster\tpicul\tpico\tb" +
  "uilding\tfarad\tfeet\tbushel\tfranc\thectare\tpeso\tpfennig\thertz\tpence\tpage\tbeta\tpoint\tvolt\t" +
  "hon\tpound\thall\thorn\tmicro\tmile\tmach\tmark\tmansion\tmicron\tmilli\tmillibar\tmega\tmegaton\tme" +
  "ter\tyard\tyard\tyuan\tliter\tlira\trupee\truble\trem\troentgen\twatt\t0h\t1h\t2h\t3h\t4h\t5h\t6h\t7" +
  "h\t8h\t9h\t10h\t11h\t12h\t13h\t14h\t15h\t16h\t17h\t18h\t19h\t20h\t21h\t22h\t23h\t24h\tHPA\tda\tAU\tb" +
  "ar\toV\tpc\tdm\tdm2\tdm3\tIU\tHeisei\tSyouwa\tTaisyou\tMeiji\tInc.\tpA\tnA\tuA\tmA\tkA\tkB\tMB\tGB\t" +
  "cal\tkcal\tpF\tnF\tmicroFarad\tmicrogram\tmg\tkg\tHz\tkHz\tMHz\tGHz\tTHz\tmicroliter\tml\tdl\tkl\tfm" +
  "\tnm\tum\tmm\tcm\tkm\tmm^2\tcm^2\tm^2\tkm^2\tmm^4\tcm^3\tm^3\tkm^3\tm/s\tm/s^2\tPa\tkPa\tMPa\tGPa\tr" +
  "ad\trad/s\trad/s^2\tps\tns\tmicrosecond\tms\tpV\tnV\tmicrovolt\tmV\tkV\tMV\tpW\tnW\tmicrowatt\tmW\tk" +
  "W\tMW\tkOhm\tMOhm\ta.m.\tBq\tcc\tcd\tC/kg\tCo.\tdB\tGy\tha\tHP\tin\tK.K.\tKM\tkt\tlm\tln\tlog\tlx\tm" +
  "b\tmil\tmol\tpH\tp.m.\tPPM\tPR\tsr\tSv\tWb\tV/m\tA/m\t1d\t2d\t3d\t4d\t5d\t6d\t7d\t8d\t9d\t10d\t11d\t" +
  "12d\t13d\t14d\t15d\t16d\t17d\t18d\t19d\t20d\t21d\t22d\t23d\t24d\t25d\t26d\t27d\t28d\t29d\t30d\t31d\t" +
  "gal\tQiu\tTian\t\x7f\tZim\tKua\tWu\tYin\tGau\tJap\tDing\tSi\tTou\tYi\tZaau\tMan\tNg\tNou\tDung\tZiu" +
  "\tHo\tHang\tJau\tXie\tLou\tMai\tDau\tNg\tJau\tChou\tKeoi\tKei\tFei\tJyu\tNuo\tFau\tFu\tDan\tCo\tGeoi" +
  "\t\x7f\tXu\tXing\tSi\tXiong\tLiu\tLin\tXiang\tYong\tXin\tZhen\tDai\tWu\tPan\tRu\tCi\tMa\tQian\tYi\tY" +
  "in\tNei\tCheng\tFeng\tWun\tSau\tTaai\tZhuo\tFang\tAo\tWu\tZuo\tHing\tZhou\tDong\tSu\tYi\tQiong\tKuan" +
  "g\tLei\tNao\tZhu\tShu\tZat\tCim\tZeon\tXu\tSeoi\tZung\tShen\tJie\tDie\tNuo\tSu\tYi\tLong\tYing\tBeng" +
  "\tGin\tZik\tKoek\tLan\tMiao\tYi\tLi\tJi\tYu\tLuo\tChai\tNim\tGu\tBei\tHun\tXu\tHui\tRao\tNaam\tZhou" +
  "\tCam\tHan\tXi\tTai\tYao\tHui\tJun\tMa\tLue\tTang\tYao\tZhao\tZhai\tYu\tZhuo\tEr\tRan\tQi\tChi\tWu\t" +
  "Han\tTang\tSe\tSi\tQiong\tLei\tSa\tHon\tSeon\tKui\tPu\tTa\tShu\tYang\tOu\tTai\tSyu\tMian\tYin\tDiao" +
  "\tYu\tMie\tJun\tNiao\tXie\tYou\tJoek\tJing\tChe\tFeng\tLei\tLi\tSin\tLuo\tSek\tJi\tWong\t\x7f\tFui\t" +
  "Jip\tQuan\tZik\tCai\tLiang\tGu\tMao\tGung\tGua\tSui\tDin\tMong\tMao\tMan\tQuan\tShi\tLi\tBuk\tWang\t" +
  "Kou\tDu\tZhen\tTing\tLeon\tJuk\tBing\tHuo\tDong\tGong\tCheng\tCung\tQin\tJiong\tLu\tXing\tCat\tNan\t" +
  "Xie\tMit\tBi\tJie\tSu\tHung\tGong\tGung\tYou\tXing\tQia\tPi\tDian\tFu\tLuo\tQia\tQia\tTang\tBai\tGan" +
  "\tCi\tXuan\tLang\tFu\tFu\tShe\tDiao\tLi\tHua\tTou\tPian\tDi\tRuan\tE\tQie\tYi\tZhuo\tRui\tJian\tGong" +
  "\tChi\tChong\tXi\tSyu\tLue\tDeng\tLin\tJue\tSu\tXiao\tZan\tPut\tFei\tZhu\tZhan\tJian\tZou\tChua\tXie" +
  "\tLi\tCim\tChi\tXi\tJian\tGaa\tJi\tGaa\tFei\tChu\tBeng\tJie\tKit\tBa\tLiang\tKuai\tSai\tXia\tBie\tJu" +
  "e\tLei\tXin\tBai\tYang\tLu\tBei\tE\tLu\tLung\tCoek\tChe\tNuo\tXuan\tHeng\tYu\tGwai\tGui\tYi\tXuan\tG" +
  "ong\tLou\tTi\tLe\tShi\tPei\tSun\tYao\tXian\tZou\tWai\tQue\tYin\tXi\tZhi\tJia\tHu\tLa\tYi\tKe\tFu\tQi" +
  "n\tAi\tDeoi\tKe\tChu\tXie\tChu\tWei\tCin\tTeng\tHuan\tSu\tYou\tCan\tJun\tZhao\tXu\tShi\tSi\tShua\tKu" +
  "i\tShuang\tHe\tGai\tYan\tQiu\tShen\tHua\tXi\tFan\tPang\tDan\tFang\tGong\tAo\tFu\tNe\tXue\tYou\tHua\t" +
  "Hung\tChen\tGuo\tN\tHua\tLi\tFa\tXiao\tPou\tHung\tSi\tSiu\tWo\tLe\tLin\tYi\tHou\t\x7f\tXu\tQu\tEr\tL" +
  "ou\tKei\tXun\tGaai\tSau\tDau\tGaai\tNie\tWei\tXie\tTi\tHong\tTun\tNie\tNie\tYin\tZhen\tGaa\tFu\tGu\t" +
  "Jing\tMei\tWai\tShou\tNuo\tYe\tQi\tTou\tHan\tJun\tDong\tHun\tLu\tJu\tHuo\tLing\tSau\tTian\tLun\tTung" +
  "\tTung\tJe\tJyu\tJyu\tMan\tGe\tYan\tShi\tXue\tPen\tChun\tNiu\tDuo\tZe\tE\tXie\tYou\tE\tSheng\tWen\tK" +
  "u\tHu\tGe\tXia\tMan\tLue\tJi\tHou\tZhi\tZaai\tGaa\tWai\tHaap\tBai\tAi\tZhui\tQian\tGou\tDan\tBei\tBo" +
  "\tChu\tLi\tXiao\tXiu\tGou\tPo\tZyu\tCi\tJing\tHong\tTi\tCu\tKuo\tLao\tZhi\tXie\tXi\tPei\tQie\tZha\tX" +
  "i\tGang\tZe\tCong\tJi\tHuo\tTa\tYan\tXu\tPo\tSai\tHaam\tWai\tSaap\tGuo\tYe\tXiang\tXue\tHe\tZuo\tYi" +
  "\tCi\tJe\tLeng\tXian\tTai\tRong\tYi\tZhi\tXi\tXian\tJu\tJi\tHan\tDou\tPao\tLi\tZung\tLan\tSai\tHan\t" +
  "Yan\tQu\tLyun\tYan\tHan\tKan\tChi\tNie\tHuo\tCoeng\tBi\tXia\tWeng\tXuan\tWan\tYou\tQin\tXu\tNie\tBi" +
  "\tHao\tJing\tAo\tAo\tJik\tCoeng\tZhen\tTan\tJu\t\x7f\tZuo\tBu\tJie\tAi\tZang\tCi\tFa\t\x7f\tHaau\tZo" +
  "i\tJyu\tNie\tLiu\tMei\tDui\tBang\tBi\tBao\tWang\tChu\tXia\tTian\tChang\tGei\tSuk\tDuo\tWei\tFu\tDuo" +
  "\tYu\tYe\tKui\tWei\tKuai\tJyu\tWei\tYao\tLong\tXing\tBu\tChi\tXie\tNie\tLang\tYi\tZong\tMan\tZhang\t" +
  "Xia\tGun\tXie\tLau\tJi\tLiao\tYi\tJi\tYin\tKyut\tDa\tYi\tXie\tHao\tYong\tKan\tChan\tTai\tTang\tZhi\t" +
  "Bao\tMeng\tKui\tChan\tLei\tSik\tXi\tHei\tXi\tQiao\tNang\tYun\tZi\tLong\tFu\tZong\tNgoi\tGu\tKai\tDia" +
  "o\tHua\tKui\tHeoi\tGao\tTao\tLing\tShan\tLai\tNie\tFu\tGao\tQie\tBan\tJia\tKong\tXi\tYu\tZhui\tShen" +
  "\tChuo\tXiao\tJi\tNu\tXiao\tYi\tYu\tYi\tYan\tShen\tRan\tHao\tSa\tJun\tYou\tDaam\tXin\tPei\tQiu\tChan" +
  "\t\x7f\tBu\tDong\tSi\tEr\tSi\tMao\tYun\tJi\t\x7f\tQiao\tXiong\tPao\tChu\tPeng\tNuo\tJie\tYi\tEr\tDuo" +
  "\tZong\tHaau\tJiu\tDuo\tNei\tMau\tQie\tLu\tQiu\tSou\tCan\tDou\tXi\tFeng\tYi\tSuo\tQie\tPo\tXin\tTong" +
  "\tXin\tYou\tBei\tLong\tWun\tHaan\tWan\tSau\tYun\tLi\tTa\tLan\tMan\tQiang\tZhou\tYan\tXi\tLu\tXi\tSao" +
  "\tFan\tFan\tWei\tFa\tYi\tNao\tCheng\tTan\tJi\tShu\tPian\tAn\tKua\tCha\tSaan\tXian\tZhi\tSoeng\tCaa\t" +
  "Feng\tLian\tXun\tXu\tMi\tHui\tMu\tYong\tZhan\tYi\tNou\tTang\tXi\tYun\tShu\tFu\tYi\tDa\tGing\tLian\tC" +
  "ao\tCan\tJu\tLu\tSu\tNen\tAo\tAn\tQian\tHaam\tCui\tCong\tLeoi\tRan\tNian\tMai\tXin\tYue\tNai\tAo\tSh" +
  "en\tMa\tDaam\tDong\tLan\tXi\tYue\tZhi\tWeng\tHuai\tMeng\tNiao\tWan\tMi\tNie\tQu\tZan\tLian\tZhi\tZi" +
  "\tHai\tXu\tHao\tXuan\tZhi\tMian\tChun\tGou\tHei\tChun\tLuan\tZhu\tShou\tLiao\tJiu\tXie\tDing\tJie\tR" +
  "ong\tMang\tGeoi\tKe\tYao\tNing\tYi\tLang\tYong\tYin\tYan\tSu\tSik\tLin\tYa\tMao\tMing\tZui\tYu\tYi\t" +
  "Gou\tMi\tJun\tWen\tJyun\tKang\tDian\tLong\tWu\tXing\tCui\tQiao\tMian\tMeng\tQin\tSam\tWan\tDe\tAi\tC" +
  "am\tBian\tNou\tLian\tJin\tYu\tChui\tZuo\tBo\tHui\tYao\tTui\tJi\tAn\tLuo\tJi\tWei\tBo\tZa\tXu\tNian\t" +
  "Yun\tJyun\tBa\tZhe\tJu\tWei\tXie\tQi\tYi\tXie\tCi\tQiu\tDu\tNiao\tQi\tJi\tTui\tCik\tSong\tDian\tLao" +
  "\tZhan\tZi\tFan\tYin\tCen\tJi\tHui\tZi\tLan\tNao\tJu\tQin\tDai\tShutsu\tJie\tXu\tCong\tYong\tDou\tCh" +
  "i\tTou\tMin\tHuang\tSui\tKe\tZu\tHao\tCheng\tXue\tNi\tChi\tLian\tAn\tMu\tSi\tXiang\tYang\tHua\tCuo\t" +
  "Qiu\tLao\tFu\tDui\tMang\tLang\tTuo\tHan\tMang\tBo\tQun\tQi\tHan\tGiu\tLong\tBin\tTiao\tZe\tQi\tZan\t" +
  "Mi\tPei\tZhan\tXiang\tGang\tKwai\tQi\tSung\tLu\tCam\tYun\tE\tDuan\tMin\tWei\tQuan\tSou\tMin\tTu\tNga" +
  "ak\tMing\tYao\tJue\tLi\tKuai\tGang\tYuan\tDa\tGou\tLao\tLou\tQian\tAo\tBiao\tYong\tMang\tDao\t\x7f\t" +
  "Ao\tDik\tXi\tFu\tDan\tJiu\tRun\tTong\tQu\tE\tQi\tJi\tJi\tHua\tJiao\tZui\tBiao\tMeng\tBai\tWei\tYi\tA" +
  "o\tYu\tHao\tDui\tWo\tNi\tCuan\tZing\tLi\tLu\tNiao\tHuai\tLi\tSoeng\tLu\tFeng\tMi\tYu\tFong\tJu\tFaan" +
  "\tHau\tZhan\tPeng\tYi\tGaa\tJi\tBi\tJap\tRen\tHuang\tFan\tGe\tKu\tJie\tSha\tHei\tSi\tTong\tYuan\tZi" +
  "\tBi\tKua\tLi\tHuang\tXun\tNuo\tFong\tZhe\tWen\tXian\tQia\tYe\tMao\tMok\tSaam\tShu\tZin\tQiao\tZhun" +
  "\tKun\tWu\tYing\tChuang\tTi\tLian\tBi\tGou\tMang\tXie\tFeng\tLou\tZao\tZheng\tChu\tMan\tLong\tJip\tY" +
  "in\tPin\tZheng\tJian\tLuan\tNie\tYi\tGei\tJi\tJi\tZhai\tYu\tJiu\tHuan\tZhi\tLa\tLing\tZhi\tBen\tZha" +
  "\tJu\tDan\tLiao\tYi\tZhao\tXian\tChi\tCi\tChi\tYan\tLang\tDou\tLong\tChan\tJin\tTui\tCha\tAi\tChi\tA" +
  "a\tYing\tZhe\tTou\tWaa\tTui\tCha\tYao\tZong\t\x7f\tPan\tQiao\tLian\tQin\tLu\tYan\tKang\tSu\tYi\tChan" +
  "\tJiong\tJiang\tBai\tJing\tZoi\tDong\tGo\tJuan\tHan\tDi\tWu\tSaan\tHong\tTou\tChi\tDiao\tBi\tNei\tXu" +
  "n\tLu\tSai\tXie\tBi\tSeoi\tBi\tSan\tXian\tRui\tBie\tEr\tJuan\tHau\tZhen\tBei\tE\tYu\tQu\tZan\tMi\tYi" +
  "\tSi\tGung\tMan\tDaan\tShan\tTai\tMu\tJing\tBian\tRong\tCeng\tCan\tDing\tDaai\tTaai\tWu\tKeoi\tDi\tT" +
  "ong\tTa\tXing\tSong\tDuo\tXi\tTao\tZung\tTi\tShan\tJian\tZhi\tWei\tYin\tGu\tLam\tHuan\tZhong\tQi\tZo" +
  "ng\tNaam\tXie\tXie\tZe\tWei\tMou\tWong\tTa\tZhan\tNing\tJeoi\tJing\tXin\tYi\tRen\tShu\tCha\tZhuo\tMo" +
  "ng\tMian\tJi\tFang\tPei\tAi\tFan\tAo\tQin\tQia\tXiao\tFen\tGan\tQiao\tGe\tTong\tChan\tYou\tGao\tBen" +
  "\tFu\tChu\tZhu\tTaai\tZhou\tEn\tHang\tNin\tJue\tChong\tCha\tKong\tLie\tLi\tYu\tPaang\tYu\tHai\tLi\tH" +
  "ou\tGong\tKe\tYuan\tDe\tHui\tGiu\tGuang\tJiong\tZuo\tFu\tQie\tBei\tChe\tCi\tMang\tHan\tXi\tQiu\tHuan" +
  "g\tTung\tGip\tChou\tSan\tYan\tZhi\tDe\tTe\tMen\tLing\tShou\tTui\tCan\tDie\tChe\tPeng\tYi\tJu\tJi\tLa" +
  "i\tTian\tYuan\t\x7f\tCai\tQi\tYu\tLian\tCong\tMan\tGip\tZung\tYu\tJi\tWei\tMi\tSui\tXie\tXu\tChi\tQi" +
  "u\tHui\tGing\tYu\tQie\tShun\tShui\tDuo\tLou\tDeon\tPang\tTai\tZhou\tYin\tSao\tFei\tChen\tYuan\tYi\tH" +
  "un\tSe\tYe\tMin\tFen\tHe\tCik\tYin\tCe\tNi\tAo\tFeng\tLian\tChang\tChan\tMa\tDie\tHu\tLu\tOi\tYi\tHu" +
  "a\tZha\tHu\tE\tHuo\tSun\tNi\tXian\tLi\tXian\tYan\tLong\tMen\tJin\tJi\tJyu\tBian\tYu\tHuo\tMiao\tChou" +
  "\tMai\tDeoi\tLe\tJie\tWei\tYi\tXuan\tXi\tCan\tLan\tYin\tXie\tZa\tLuo\tLing\tQian\tHuo\tJian\tWo\tZoi" +
  "\tZoi\tGe\tZhu\tDie\tYong\tJi\tYang\tRu\tXi\tShuang\tYu\tYi\tQian\tJi\tQu\tTian\tShou\tQian\tMu\tJin" +
  "\tMao\tYin\tGai\tPo\tXuan\tMao\tFang\tYa\tGang\tSong\tHui\tYu\tGua\tGuai\tLiu\tE\tZi\tZi\tBi\tWa\tLa" +
  "am\tLie\t\x7f\tBat\tKuai\tMei\tHai\tYin\tZhu\tChong\tXian\tXuan\tSo\tQiu\tPei\tGui\tEr\tGong\tQiong" +
  "\tHu\tLao\tLi\tChen\tSan\tZhuo\tWo\tPou\tKeng\tTun\tPeng\tTe\tTa\tZhuo\tBiao\tGu\tHu\t\x7f\tBing\tZh" +
  "i\tDong\tDui\tZhou\tNei\tLin\tPo\tJi\tMin\tWei\tChe\tGou\tBang\tRu\tTan\tBu\tZong\tKui\tLao\tHan\tYi" +
  "ng\tZhi\tJie\tXing\tXie\tXun\tShan\tQian\tXie\tSu\tHai\tMi\tHun\tPi\tJung\tHui\tNa\tSong\tBen\tChou" +
  "\tJie\tHuang\tLan\tJyun\tHu\tDou\tHuo\tGun\tYao\tCe\tGui\tJian\tJian\tDao\tJin\tMa\tHui\tMian\tCan\t" +
  "Lue\tPi\tYang\tJu\tJu\tQue\tHuk\tQian\tShai\tCau\tJiu\tHuo\tYun\tDa\tXuan\tXiao\tFei\tCe\tYe\tHak\tD" +
  "en\tSaap\tQin\tHui\tTun\tLing\tQiang\tXi\tNi\tSai\tMeng\tTuan\tLan\tHao\tCi\tZhai\tAo\tLuo\tMie\t" +
  "\x7f\tFu\t\x7f\tXie\tBo\tHui\tQing\tXie\tZat\tHei\tBo\tQian\tPo\tJiao\tJue\tKun\tSong\tJu\tE\tNie\tQ" +
  "ian\tDie\tDie\tPei\tQi\tZhi\tQi\tZhui\tKu\tYu\tQin\tKu\tHe\tFu\tGeng\tDi\tXian\tGui\tHe\tQun\tHan\tT" +
  "ong\tBo\tShan\tBi\tLu\tYe\tNi\tChuai\tSan\tDiao\tLu\tTou\tLian\tKe\tSan\tZhen\tChuai\tLian\tMao\tDeo" +
  "n\tQian\tKai\tShao\tXiao\tBi\tZha\tYin\tXi\tShan\tSu\tSa\tRui\tChuo\tLu\tLing\tCha\tZaai\tHuan\tDau" +
  "\tDau\tJia\tBan\tHu\tDou\t\x7f\tLou\tJu\tJuan\tKe\tSuo\tLuo\tZhe\tDing\tDuan\tZhu\tYan\tPang\tCha\tJ" +
  "i\tJyu\tJyu\tNgai\tYi\tZin\tSyun\tYou\tHui\tYao\tYao\tZhi\tGong\tQi\tGen\tGwong\tZi\tHou\tMi\tFu\tHu" +
  "\tGuang\tTan\tDi\tTou\tYan\tBun\tDung\tQu\tMan\tChang\tMing\tTao\tBao\tAn\tCeon\tZung\tXian\tCeon\tS" +
  "i\tCi\tMao\tLang\tNan\tBei\tChen\t\x7f\tFei\tZhou\tJi\tJie\tShu\tSik\tKun\tDie\tLu\tSoeng\tZeoi\tHoe" +
  "ng\tCaap\tYu\tTai\tChan\tMan\tMin\tHuan\tWen\tNuan\tHuan\tHou\tJing\tBo\tXian\tLi\tJin\tGwok\tMang\t" +
  "Piao\tHao\tYang\tKai\tXian\tSu\tWei\tChe\tXi\tJin\tCeng\tHe\tFen\tShai\tLing\tHei\tDui\tQi\tPu\tYue" +
  "\tBo\tHaak\tHui\tDie\tYan\tJu\tJiao\tNan\tLie\tYu\tTi\tTian\tWu\tHong\tXiao\tHao\tKwan\tTiao\tZheng" +
  "\tTang\tHuang\tFu\tNgok\tTyun\tTun\tSai\tReng\tJiao\tGong\tXin\tSaam\tNaai\tYuan\tJue\tHua\tSik\tBan" +
  "g\tMou\tCat\tGang\tWei\tDaai\tMei\tSi\tBian\tLu\tQu\tDoi\tMing\tGe\tZhe\tLu\tPai\tRong\tQiu\tLie\tGo" +
  "ng\tXian\tXi\tXin\tMan\tNiao\tFu\tZaak\tZau\tXie\tLie\tFu\tCuo\tZhuo\tBa\tZuo\tZhe\tZui\tHe\tJi\tHaa" +
  "u\tJian\tDin\tFong\tNaam\tTu\tXian\tYan\tTang\tTa\tDi\tJue\tAng\tHan\tXiao\tJu\tWei\tBang\tZhui\tNie" +
  "\tTian\tNai\tHap\tMau\tYou\tMian\tZin\tBui\tNai\tSheng\tCha\tYan\tGen\tChong\tRuan\tJia\tQin\tMao\tE" +
  "\tLi\tChi\tZang\tHe\tJie\tNian\tWing\tGuan\tHou\tGai\tCung\tBen\tSuo\tWu\tJi\tXi\tQiong\tHe\tWeng\tX" +
  "ian\tJie\tHun\tPi\tShen\tChou\tZhen\tSau\tZhan\tShuo\tJi\tSong\tZhi\tBen\tSou\tSin\tPun\tLang\tBi\tX" +
  "uan\tPei\tDai\tQi\tZhi\tPi\tChan\tBi\tSu\tHuo\tHen\tJiong\tChuan\tJiang\tNen\tGu\tFang\tZoeng\tMik\t" +
  "Ta\tCui\tXi\tDe\tXian\tKuan\tZhe\tTa\tHu\tCui\tLu\tJuan\tLu\tQian\tPao\tZhen\tFan\tLi\tCao\tQi\tCiu" +
  "\tSuk\tTi\tLing\tQu\tLian\tLu\tShu\tGong\tZhe\tPao\tJin\tQing\tJung\tDung\tZong\tPu\tJin\tBiao\tJian" +
  "\tGun\tGoi\tBin\tZao\tLie\tLi\tLuo\tShen\tMian\tJian\tDi\tBei\t\x7f\tLian\tZeon\tXian\tPin\tQue\tLon" +
  "g\tZui\tGou\tJue\tShan\tXue\tLaam\tXie\tHei\tLan\tQi\tYi\tNuo\tLi\tYue\tDin\tYi\tChi\tJi\tHang\tXie" +
  "\tKeng\tZi\tHe\tXi\tQu\tHai\tXia\tHai\tGui\tChan\tXun\tXu\tShen\tKou\tXia\tSha\tYu\tYa\tPou\tZu\tYou" +
  "\tZi\tLian\tXian\tXia\tYi\tSha\tYan\tJiao\tXi\tChi\tShi\tKang\tYin\tHei\tYi\tXi\tSe\tJin\tYe\tYou\tQ" +
  "ue\tYe\tLuan\tKun\tZheng\tZing\tSeoi\tHo\tLing\tXie\tGwai\tCui\tXiu\tAn\tXiu\tCan\tChuan\tZha\tSei\t" +
  "Yi\tPi\tKu\tSheng\tLang\tTui\tXi\tLing\tQi\tWo\tLian\tDu\tMen\tLan\tWei\tDuan\tKuai\tAi\tZai\tHui\tY" +
  "i\tMo\tZi\tFen\tPeng\tZaap\tBi\tLi\tLu\tLuo\tHai\tZhen\tGai\tQue\tZhen\tKong\tCheng\tJiu\tJue\tJi\tL" +
  "ing\tDung\tShao\tQue\tRui\tChuo\tNeng\tZhi\tLou\tPao\tGam\tSeoi\tBao\tRong\tXian\tLei\tXiao\tFu\tQu" +
  "\t\x7f\tSha\tZhi\tTan\tRong\tSu\tYing\tMao\tNai\tBian\t\x7f\tShuai\tTang\tHan\tSao\tRong\tTaap\tDeng" +
  "\tPu\tJiao\tTan\tTaap\tRan\tNing\tLie\tDie\tDie\tZhong\tSiu\tLu\tDan\tXi\tGui\tJi\tNi\tYi\tNian\tYu" +
  "\tWang\tGuo\tZe\tYan\tCui\tXian\tJiao\tTou\tFu\tPei\tJyut\tYou\tQiu\tYa\tBu\tBian\tShi\tZha\tYi\tBia" +
  "n\tJau\tDui\tLan\tYi\tChai\tChong\tXuan\tXu\tYu\tXiu\tHong\tCung\tHung\tTa\tGuo\tKiu\tLou\tSuk\tLong" +
  "\tXie\tChe\tJian\tTan\tPi\tZan\tXuan\tXian\tNiao\tSan\t\x7f\tJoeng\tTaai\tHak\tMi\tJi\tNou\tHu\tHua" +
  "\tWang\tYou\tZe\tBi\tMi\tQiang\tXie\tFan\tYi\tTan\tLei\tYong\tSiu\tJin\tShe\tYin\tJi\t\x7f\tSu\tGu\t" +
  "Sing\tNai\tWang\tMian\tSu\tYi\tShai\tXi\tJi\tLuo\tYou\tMao\tZha\tSui\tZhi\tBian\tLi\tTou\tHau\tHaam" +
  "\tHoeng\tCung\tJi\tCyu\tQiao\tGuan\tXi\tZhen\tYong\tNie\tJun\tXie\tYao\tXie\tZhi\tNeng\tSam\tSi\tLon" +
  "g\tChen\tMi\tQue\tDan\tShan\tMai\tZip\tSyu\tSu\tXie\tBo\tDing\tZu\tFong\tShu\tShe\tHan\tTan\tGao\tTi" +
  "m\tGu\tLam\tNa\tMi\tXun\tMen\tJian\tCui\tJue\tHe\tFei\tShi\tChe\tShen\tNu\tPing\tMan\t\x7f\tFu\tSin" +
  "\tNaam\tYi\tChou\tMei\tKu\tBao\tLei\tKe\tSha\tBi\tSui\tGe\tPi\tYi\tXian\tNi\tYing\tZhu\tChun\tFeng\t" +
  "Xu\tPiao\tWu\tLiao\tCang\tZou\tZuo\tBian\tYao\tHuan\tPai\tXiu\tSe\tLei\tQing\tXiao\tJiao\tGuo\tWong" +
  "\tMou\tYan\tXue\tZhu\tHeng\tYing\tXi\tCan\tJeoi\tLian\tXian\tHuan\tYin\tJing\tLian\tShan\tCang\tBei" +
  "\tJian\tShu\tFan\tDian\tJeoi\tBa\tYu\t\x7f\tJing\tNang\tLei\tYi\tDai\tGau\tChan\tChao\tGan\tJin\tNen" +
  "\t\x7f\tJam\tPui\tLiao\tMo\tYou\tSiu\tLiu\tHan\tBun\tYong\tJin\tChi\tRen\tNong\tCeon\tHip\tHong\tTia" +
  "n\tFung\tAi\tGua\tBiao\tBo\tQiong\tJung\tShu\tChui\tHui\tChao\tFu\tHui\tE\tWei\tFen\tTan\tZau\tLun\t" +
  "He\tYong\tHui\t\x7f\tYu\tZong\tYan\tQiu\tZhao\tJiong\tTai\tZin\tTing\tBou\tJik\tDat\tHau\tTui\tLin\t" +
  "Jiong\tZha\tXing\tHu\tZing\tXu\tJyun\tFung\tHei\tCui\tQing\tMo\tFung\tZao\tBeng\tChi\tHung\tDung\tYa" +
  "n\tGe\tMo\tBei\tJuan\tDie\tZhao\tSaat\tWu\tYan\tSin\tJue\tXian\tTai\tHan\tSeoi\tDian\tJi\tJie\tKao\t" +
  "Zuan\tZiu\tXie\tLai\tFan\tHuo\tXi\tNie\tMi\tRan\tCuan\tYin\tMi\tHon\tJue\tQu\tTong\tWan\tZhe\tLi\tSh" +
  "ao\tKong\tXian\tZhe\tZhi\tTiao\tShu\tBei\tYe\tPian\tChan\tHu\tKen\tJiu\tAn\tChun\tQian\tBei\tBa\tFen" +
  "\tKe\tTuo\tTuo\tZuo\tLing\tSek\tGui\tYan\tShi\tHou\tLie\tSha\tSi\tFung\tBei\tRen\tDu\tBo\tLiang\tQia" +
  "n\tFei\tJi\tZong\tHui\tHe\tLi\tYuan\tYue\tXiu\tChan\tDi\tLei\tJin\tChong\tSi\tPu\tYao\tJiang\tHuan\t" +
  "Huan\tTao\tRu\tWeng\tYing\tRao\tYin\tShi\tYin\tJue\tTun\tXuan\tJia\tZhong\tQie\tZhu\tDiao\t\x7f\tYou" +
  "\tHing\tSaan\tYi\tShi\tYi\tMo\tHuou\tGwong\tQue\tXiao\tWu\tGeng\tYing\tTing\tShi\tNi\tGeng\tTa\tWo\t" +
  "Ju\tChan\tPiao\tZhuo\tHu\tNao\tYan\tGou\tYu\tHou\tBan\tSi\tChi\tHu\tYang\tWeng\tXian\tPin\tRong\tLou" +
  "\tLao\tShan\tXiao\tZe\tHai\tFan\tHan\tChan\tZhan\tSat\tTa\tZhu\tNong\tHan\tYu\tZhuo\tYou\tLi\tHuo\tX" +
  "i\tXian\tChan\tLian\tHiu\tSi\tJiu\tPu\tQiu\tGong\tZi\tYu\tLung\tSi\tReng\tNiu\tMei\tBa\tJiu\tDau\tXu" +
  "\tPing\tBian\tMao\tFat\tPat\tPei\tGwing\tYi\tYu\tGwai\tPing\tQu\tBao\tHui\tJyun\tCyun\tHau\tBu\tMang" +
  "\tLa\tTu\tWu\tLi\tLing\tCeon\tJi\tJun\tZou\tDuo\tJue\tDai\tBei\tSam\tJuk\tPang\tJi\tCung\tLa\tBin\tS" +
  "ui\tTu\tXue\tSi\tSam\tGik\tJau\tJyu\tDuo\tJyun\tGim\tSui\tBi\tTu\tSe\tCan\tTu\tMian\tJin\tLu\tLei\tM" +
  "aan\tZhan\tBi\tJi\tZen\tXuan\tLi\tDeon\tTaam\tSui\tYong\tShu\tDaat\tJi\tE\tLaap\tGei\tGwong\tJing\tQ" +
  "iong\tLuo\tZhen\tTun\tGu\tYu\tLei\tBo\tNei\tPian\tLian\tTang\tLian\tWen\tDang\tLi\tTing\tWa\tZhou\tG" +
  "ang\tXing\tAng\tFan\tPeng\tBo\tTuo\tShu\tYi\tBo\tQie\tTou\tGong\tTong\tHan\tCheng\tJie\tHuan\tXing\t" +
  "Dian\tChai\tDong\tPi\tRuan\tLie\tSheng\tOu\tDi\tYu\tChuan\tRong\tKang\tTang\tCong\tPiao\tChuang\tLu" +
  "\tTong\tZheng\tLi\tSa\tPan\tSi\tDang\tDang\tHu\tYi\tXian\tXie\tLuo\tLiu\tHam\tTan\tGan\t\x7f\tTan\tS" +
  "ang\tSan\tJeoi\tYou\tNan\tDin\tGang\tJun\tChi\tGou\tWan\tLi\tLiu\tLie\tXia\tBei\tAn\tYu\tJu\tRou\tXu" +
  "n\tZi\tCuo\tCan\tZeng\tYong\tFu\tRuan\tSing\tXi\tShu\tJiao\tJiao\tXu\tZhang\tZong\tGei\tShui\tChen\t" +
  "Fan\tJi\tZhi\tJan\tGu\tWu\tCui\tQie\tShu\tHai\tTuo\tDu\tZi\tRan\tMu\tFu\tLing\tJi\tXiu\tXuan\tNai\tY" +
  "a\tJie\tLi\tDa\tRu\tYuan\tLu\tShen\tLi\tLiang\tGeng\tXin\tXie\tQin\tQie\tChe\tYou\tBu\tKuang\tQue\tA" +
  "i\tQin\tQiang\tChu\tPei\tKuo\tYi\tGuai\tSheng\tPian\tGaai\tZhou\tHuang\tHui\tHu\tBei\tNgou\tZi\tZha" +
  "\tJi\tGu\tXi\tGao\tChai\tMa\tZhu\tTui\tZhui\tXian\tLang\tBaan\tHiu\tZing\tZhi\tAi\tXian\tGuo\tXi\t" +
  "\x7f\tTui\tCan\tSao\tXian\tJie\tFen\tQun\tCeoi\tYao\tDao\tJia\tLei\tYan\tLu\tTui\tYing\tPi\tLuo\tLi" +
  "\tBie\tHoeng\tMao\tBai\tHuang\tDau\tYao\tHe\tChun\tHe\tNing\tChou\tLi\tTang\tHuan\tBi\tBa\tChe\tYang" +
  "\tDa\tAo\tXue\t\x7f\tZi\tDa\tRan\tBang\tCuo\tWan\tTa\tBao\tGan\tYan\tXi\tZhu\tYa\tFan\tYou\tAn\tTui" +
  "\tMeng\tShe\tJin\tGu\tJi\tQiao\tJiao\tYan\tXi\tKan\tMian\tXuan\tShan\tWo\tQian\tHuan\tRen\tZhen\tTia" +
  "n\tJue\tXie\tQi\tAng\tMei\tGu\tBei\tTao\tFan\tJu\tChan\tShun\tBi\tMao\tShuo\tGu\tHong\tHua\tLuo\tHan" +
  "g\tJia\tQuan\tGai\tHuang\tBu\tGu\tFeng\tMu\tAi\tYing\tShun\tLiang\tJie\tChi\tJie\tChou\tPing\tChen\t" +
  "Yan\tDu\tDi\tDai\tLiang\tXian\tBiao\tXing\tMeng\tYe\tMi\tQi\tQi\tWo\tXie\tYu\tQia\tCheng\tYao\tYing" +
  "\tYang\tJi\tZong\tXuan\tMin\tLou\tKai\tYao\tYan\tSun\tGui\tHuang\tYing\tSheng\tCha\tLian\tSim\tXuan" +
  "\tChuan\tChe\tNi\tQu\tMiao\tHuo\tYu\tZhan\tHu\tCeng\tBiao\tQian\tXi\tJiang\tKou\tMai\tMang\tZhan\tBi" +
  "an\tJi\tJue\tNang\tBi\tShi\tShuo\tMo\tLie\tMie\tMo\tXi\tChan\tQu\tJiao\tHuo\tXian\tXu\tNiu\tTong\tHo" +
  "u\tYu\tJau\tChong\tBo\tZuan\tDiao\tZhuo\tJi\tQia\tKwai\tXing\tHui\tShi\tKu\t\x7f\tDui\tYao\tYu\tBang" +
  "\tJie\tZhe\tJia\tShi\tDi\tDong\tCi\tFu\tMin\tZhen\tZhen\tCik\tYan\tQiao\tHang\tGong\tQiao\tLue\tGuai" +
  "\tLa\tRui\tFa\tCuo\tYan\tGong\tJie\tGuai\tGuo\tSuo\tWo\tZheng\tNie\tDiao\tLai\tTa\tCui\tYa\tGun\tMon" +
  "g\tGing\tDi\tKei\tMian\tJie\tMin\tJu\tYu\tZhen\tZhao\tZha\tXing\tDat\tBan\tHe\tGou\tHong\tLao\tWu\tB" +
  "o\tKeng\tLu\tCu\tLian\tYi\tQiao\tShu\tSaan\tXuan\tJin\tQin\tHui\tSu\tChuang\tDun\tLong\tKoeng\tNao\t" +
  "Tan\tDan\tWei\tGan\tDa\tLi\tCa\tXian\tPan\tLa\tZhu\tNiao\tHuai\tYing\tXian\tLan\tMo\tBa\tBuk\tGui\tB" +
  "i\tFu\tHuo\tYi\tLiu\tYang\tYin\tJuan\tHuo\tCheng\tDou\tE\tZi\tYan\tZhui\tZha\tQi\tYu\tQuan\tHuo\tNie" +
  "\tHuang\tJu\tShe\tJyu\tJyun\tPeng\tMing\tCao\tLou\tLi\tChuang\tZai\tCui\tShan\tDan\tQi\tSuk\tLai\tLi" +
  "ng\tLiao\tReng\tYu\tYi\tDiao\tQi\tYi\tNian\tFu\tJian\tYa\tFang\tRui\tXian\tJyut\tLai\tBi\tShi\tPo\tN" +
  "ian\tZhi\tTao\tTian\tTian\tRu\tYi\tLie\tAn\tHe\tQiong\tLi\tGui\tZi\tSu\tYuan\tYa\tCha\tWan\tJuan\tTi" +
  "ng\tYou\tHui\tJian\tRui\tMang\tJu\tZi\tJu\tAn\tSui\tLai\tHun\tQuan\tChang\tDuo\tKong\tNe\tCan\tTi\tX" +
  "u\tJiu\tHuang\tQi\tJie\tMao\tYan\tHoeng\tZhi\tTui\tLoek\tAi\tPang\tCang\tTang\tEn\tHun\tQi\tChu\tSuo" +
  "\tZhuo\tNou\tTu\tShen\tLou\tBiao\tLi\tMan\tXin\tCen\tHuang\tMei\tGao\tLian\tDao\tZhan\tZi\tCou\tFung" +
  "\tZhi\tBa\tCui\tQiu\tKai\tLong\tXian\tFei\tGuo\tCheng\tJiu\tE\tChong\tYue\tHong\tYao\tYa\tYao\tTong" +
  "\tZha\tYou\tXue\tYao\tKe\tHuan\tLang\tYue\tChen\tCyun\tCyun\tShen\tWo\tNing\tMing\tHong\tChuang\tYun" +
  "\tXuan\tJin\tZhuo\tYu\tTan\tKang\tQiong\tGwai\tCheng\tJiu\tXue\tZheng\tChong\tPan\tQiao\tKe\tQu\tLan" +
  "\tYi\tRong\tSi\tQian\tSi\tHat\tFa\tSap\tMeng\tHua\tBaak\tGwong\tHai\tQiao\tChu\tQue\tDui\tLi\tBa\tJi" +
  "e\tXu\tLuo\tSeoi\tYun\tZhong\tHu\tYin\tPok\tZhi\tQian\tZim\tGan\tJian\tZhu\tZhu\tKu\tNie\tRui\tZe\tA" +
  "ng\tZhi\tGong\tYi\tChi\tJi\tZhu\tLao\tRen\tRong\tZheng\tNa\tCe\tZin\tSai\tYi\tJue\tBie\tCheng\tJun\t" +
  "Dou\tWei\tYi\tZhe\tYan\tCuk\tSan\tLun\tPing\tZhao\tHan\tYu\tDai\tZhao\tFei\tSha\tLing\tTa\tQu\tMang" +
  "\tYe\tBao\tGui\tGua\tNan\tGe\tGaa\tShi\tKe\tSuo\tCi\tZhou\tTai\tKuai\tQin\tXu\tDu\tCe\tHuan\tCong\tS" +
  "ai\tZheng\tQian\tJin\tZong\tWei\tHaan\tGim\tXi\tNa\tPu\tSou\tJu\tZhen\tShao\tTao\tBan\tTa\tQian\tWen" +
  "g\tRong\tLuo\tHu\tSou\tZhong\tPu\tMie\tJin\tShao\tMi\tShu\tLing\tLei\tJiang\tLeng\tZhi\tDiao\tZaam\t" +
  "San\tGu\tFan\tMei\tSui\tJian\tTang\tXie\tKu\tWu\tFan\tLuo\tCan\tCeng\tLing\tYi\tCong\tYun\tMeng\tYu" +
  "\tZhi\tYi\tDan\tHuo\tWei\tTan\tSe\tXie\tSou\tSong\tQian\tLiu\tYi\tAu\tLei\tLi\tFei\tLie\tLin\tXian\t" +
  "Xiao\tOu\tMi\tXian\tRang\tZhuan\tShuang\tYan\tBian\tLing\tHong\tQi\tLiao\tBan\tBi\tHu\tHu\t\x7f\tCe" +
  "\tPei\tQiong\tMing\tJiu\tBu\tMei\tSan\tWei\tZong\tBei\tLi\tQuan\tSam\tHun\tXiang\tZing\tShi\tYing\t" +
  "\x7f\tNan\tHuang\tJiu\tYan\tDeoi\tSa\tTuan\tXie\tZhe\tMen\tXi\tMan\tZoeng\tHuang\tTan\tXiao\tYe\tBi" +
  "\tLuo\tFan\tLi\tCui\tChua\tDao\tDi\tKuang\tChu\tXian\tChan\tMi\tQian\tQiu\tZhen\tZi\t\x7f\tCin\tHu\t" +
  "Gan\tChi\tGuai\tMu\tBo\tHua\tGeng\tYao\tMao\tWang\tNgau\tWu\tJik\tRu\tXue\tZheng\tMin\tJiang\tO\tZha" +
  "n\tZuo\tYue\tLie\tSyu\tZhou\tBi\tRen\tYu\tGin\tChuo\tEr\tYi\tMi\tQing\t\x7f\tWang\tJi\tBu\tSyu\tBie" +
  "\tFan\tYue\tLi\tFan\tQu\tFu\tEr\tE\tZheng\tTian\tYu\tJin\tQi\tJu\tLai\tChe\tBei\tNiu\tYi\tXu\tMou\tX" +
  "un\tFu\tCau\tNin\tTing\tBeng\tZha\tWei\tKe\tYao\tOu\tXiao\tGeng\tTang\tGui\tHui\tTa\tGong\tYao\tDa\t" +
  "Qi\tJin\tLue\tMi\tMi\tJian\tLu\tFan\tOu\tMi\tJie\tFu\tBie\tHuang\tSu\tYao\tNie\tJin\tLian\tBo\tJian" +
  "\tTi\tLing\tZuan\tShi\tYin\tDao\tChou\tCa\tMie\tYan\tLan\tChong\tJiao\tShuang\tQuan\tNie\tLuo\tFan\t" +
  "Shi\tLuo\tZhu\tZi\tChou\tJuan\tJiong\tEr\tYi\tRui\tCai\tRen\tFu\tLan\tSui\tYu\tYou\tDian\tLing\tZhu" +
  "\tTa\tPing\tZhai\tJiao\tChui\tBu\tKou\tCun\tJyun\tHan\tHan\tMou\tHu\tGong\tDi\tFu\tXuan\tMi\tMei\tLa" +
  "ng\tGu\tZhao\tTa\tYu\tZong\tLi\tLu\tWu\tLei\tJi\tLi\tLi\tZong\tPo\tYang\tWa\tTuo\tPeng\tZong\tZhao\t" +
  "Gui\t\x7f\tXu\tNai\tQue\tWei\tZheng\tDong\tWei\tBo\tZin\tHuan\tXuan\tZan\tLi\tYan\tHuang\tXue\tHu\tB" +
  "ao\tRan\tXiao\tPo\tLiao\tZhou\tYi\tXu\tLuo\tKao\tChu\tFu\tNa\tHan\tChao\tLu\tZhan\tTa\tFu\tHong\tZen" +
  "g\tQiao\tSu\tPin\tGuan\tLou\tHun\tChu\tZe\tEr\tEr\tRuan\tQi\tSi\tJu\tGaak\tYan\tBang\tYe\tZi\tNe\tCh" +
  "uang\tBa\tCao\tTi\tHan\tZuo\tBa\tZhe\tWa\tGeng\tBi\tEr\tZhu\tWu\tWen\tZhi\tZhou\tLu\tWen\tGun\tQiu\t" +
  "La\tZai\tSou\tMian\tDi\tQi\tCao\tPiao\tLian\tShi\tLong\tSu\tQi\tYuan\tFeng\tXu\tJue\tDi\tPian\tGuan" +
  "\tNiu\tRen\tZhen\tGai\tPi\tTan\tChao\tChun\tHe\tZhuan\tMo\tBie\tQi\tShi\tBi\tJue\tSi\tTaam\tGua\tNa" +
  "\tHui\tXi\tEr\tXiu\tMou\tZyu\tXi\tZhi\tRun\tJu\tDie\tZhe\tShao\tMeng\tBi\tHan\tYu\tXian\tPang\tNeng" +
  "\tCan\tBu\tBong\tQi\tJi\tZhuo\tLu\tJun\tXian\tXi\tCai\tWen\tZhi\tZi\tKun\tCong\tTian\tChu\tDi\tChun" +
  "\tQiu\tZhe\tZha\tRou\tBin\tJi\tXi\tZhu\tJue\tGe\tJi\tDa\tChen\tSuo\tRuo\tXiang\tHuang\tQi\tZhu\tSun" +
  "\tChai\tWeng\tKe\tKao\tGu\tGai\tFan\tCong\tCao\tZhi\tChan\tLei\tXiu\tZhai\tZhe\tYu\tGui\tGong\tZan\t" +
  "Dan\tHuo\tSou\tTan\tGu\tXi\tMan\tDuo\tAo\tPi\tWu\tAi\tMeng\tPi\tMeng\tYang\tZhi\tBo\tYing\tWei\tRang" +
  "\tLan\tYan\tChan\tQuan\tZhen\tPu\tDou\tTai\tFei\tShu\tZit\tDang\tCuo\tTan\tTian\tChi\tTa\tJia\tShun" +
  "\tHuang\tLiao\tCaa\t\x7f\tChen\tJin\tE\tGou\tFu\tDuo\tGu\tE\tBeng\tTao\tDi\tDo\tDi\tBu\tWan\tZhao\tL" +
  "un\tQi\tMu\tQian\tGin\tZong\tSou\t\x7f\tYou\tZhou\tTa\tZek\tSu\tBu\tXi\tJiang\tCao\tFu\tTeng\tChe\tF" +
  "u\tFei\tWu\tXi\tYang\tMing\tPang\tMang\tSeng\tMeng\tCao\tTiao\tKai\tBai\tXiao\tXin\tQi\tSeoi\tCong\t" +
  "Shao\tHuan\tNiu\tXiao\tChen\tDan\tFeng\tYin\tAng\tRan\tRi\tMan\tFan\tQu\tShi\tHe\tBian\tDai\tMo\tDen" +
  "g\tGong\tJyun\tKuang\tZing\tCha\tDuo\tYou\tHao\tTin\tGua\tXue\tLei\tJin\tQi\tQu\tWang\tYi\tLiao\tGat" +
  "\tDang\tYan\tYi\tYin\tQi\tZhe\tXi\tYi\tYe\tWu\tZhi\tZhi\tHan\tChuo\tFu\tChun\tPing\tKuai\tChou\tHaau" +
  "\tTuo\tQiong\tCong\tGao\tKua\tQu\tQu\tZhi\tMeng\tLi\tZhou\tTa\tZhi\tGu\tLiang\tHu\tLa\tDian\tCi\tYin" +
  "g\tZi\t\x7f\tQi\tZhuo\tCha\tMao\tDu\tYin\tChai\tRui\tHen\tRuan\tFu\tLai\tXing\tJian\tYi\tMei\tKau\tM" +
  "ang\tJi\tSuo\tHan\tSeoi\tLi\tZi\tZu\tYao\tGe\tLi\tQi\tGong\tLi\tBing\tSuo\tGou\tDuk\tSu\tChou\tJian" +
  "\tXie\tBei\tXu\tJing\tPu\tLing\tXiang\tZuo\tDiao\tChun\tQing\tNan\tZhai\tLu\tYi\tShao\tYu\tHua\tLi\t" +
  "Pa\tSiu\tMui\tLi\tUng\tCik\tShuang\tSo\tYi\tNing\tSi\tKu\tFu\tYi\tDeng\tRan\tCe\tGaan\tTi\tQin\tBiao" +
  "\tSui\tWei\tDun\tSe\tAi\tQi\tZun\tKuan\tFei\tJyun\tYin\tZing\tSao\tDou\tHui\tXie\tZe\tTan\tTang\tZhi" +
  "\tYi\tFu\tE\tFuk\tJun\tJia\tCha\tXian\tMan\tSyun\tBi\tLing\tJie\tKui\tJia\tCeoi\tCheng\tLang\tXing\t" +
  "Fei\tLu\tZha\tHe\tJi\tNi\tYing\tXiao\tTeng\tLao\tZe\tKui\tGoeng\tQian\tJu\tPiao\tFan\tTou\tLin\tMi\t" +
  "Zhuo\tXie\tHu\tMi\tJie\tZa\tCong\tLi\tRan\tZhu\tYin\tHan\tHiu\tYi\tLuan\tYue\tRan\tLing\tNiang\tYu\t" +
  "Nue\tHeoi\tYi\tNue\tYi\tQian\tXia\tChu\tYin\tMi\tXi\tNa\tKan\tZu\tXia\tYan\tTu\tTi\tWu\tSuo\tYin\tCh" +
  "ong\tZhou\tMang\tYuan\tNu\tMiao\tZao\tWan\tLi\tQu\tNa\tShi\tBi\tZi\tBang\tGaap\tJuan\tXiang\tKui\tPa" +
  "i\tKuang\tXun\tZha\tYao\tKun\tHui\tXi\tE\tYang\tTiao\tYou\tJue\tLi\tJyun\tLi\tCheng\tJi\tHu\tZhan\tF" +
  "u\tChang\tGuan\tJu\tMeng\tChang\tTan\tMou\tXing\tLi\tYan\tSou\tShi\tYi\tBing\tCong\tHou\tWan\tDi\tJi" +
  "\tGe\tHan\tBo\tXiu\tLiu\tCan\tCan\tYi\tXuan\tYan\tZao\tHan\tYong\tZong\tFung\tKang\tYu\tQi\tZhe\tMa" +
  "\tFung\tWaan\tShuang\tJin\tGuan\tPu\tLin\tDang\tTing\tJiang\tLa\tYi\tYong\tCi\tYan\tJie\tXun\tWei\tX" +
  "ian\tNing\tFu\tGe\tZim\tMo\tZhu\tNai\tXian\tWen\tLi\tCan\tMie\tJian\tNi\tChai\tWan\tXu\tNu\tMai\tZui" +
  "\tKan\tKa\tHang\tHaam\t\x7f\tYu\tWei\tZhu\tGei\tGan\tYi\tMaa\tDiao\tFu\tBi\tZhu\tZi\tShu\tXia\tNi\tJ" +
  "oeng\tJiao\tXun\tChong\tNou\tRong\tZhi\tSang\t\x7f\tShan\tYu\tZam\tJin\tZung\tLu\tHan\tBie\tYi\tZui" +
  "\tZhan\tYu\tWan\tNi\tGuan\tJue\tBeng\tCan\tZung\tDuo\tQi\tYao\tKui\tRuan\tHou\tXun\tXie\tSyun\tKui\t" +
  "Fei\tXie\tBo\tKe\tCui\tXu\tBai\tOu\tZong\tBang\tTi\tChu\tChi\tNiao\tGuan\tFeng\tXie\tDeng\tWei\tJue" +
  "\tKui\tZeng\tSa\tDuo\tLing\tMeng\tFan\tGuo\tMeng\tLong\tKei\tYing\tHin\tGuan\tCu\tLi\tDu\tCin\tBiao" +
  "\tQian\tXi\tNung\tDe\tDe\tXian\tLian\tCi\tShao\tXie\tShi\tWei\tCam\tCam\tHe\tYou\tLu\tLai\tYing\tShe" +
  "ng\tJuan\tQi\tJian\tYun\tGou\tQi\tCong\tLin\tJi\tMai\tChuang\tNian\tBin\tLi\tLing\tGang\tCheng\tXuan" +
  "\tXian\tHu\tBi\tZu\tDai\tDai\tHun\tSai\tChe\tTi\tJyu\tNuo\tZhi\tLiu\tFei\tJiao\tGuan\tXi\tLin\tXuan" +
  "\tReng\tTao\tPi\tXin\tShan\tZhi\tWa\tTou\tTian\tYi\tXie\tPi\tYao\tYao\tNu\tHao\tNin\tYin\tFan\tNan\t" +
  "Yao\tWan\tYuan\tXia\tZhou\tYuan\tShi\tMian\tXi\tJi\tTao\tFei\tXue\tNi\tCi\tMi\tBian\tGaam\tNa\tYu\tE" +
  "\tZhi\tRen\tXu\tLue\tHui\tXun\tNao\tHan\tJia\tDou\tHua\tTu\tPing\tCu\tXi\tSong\tMi\tXin\tWu\tQiong\t" +
  "Zhang\tTao\tXing\tJiu\tJu\tHun\tTi\tMan\tYan\tJi\tShou\tLei\tWan\tChe\tCan\tJie\tYou\tHui\tZha\tSu\t" +
  "Ge\tNao\tXi\tHou\tDui\tChi\tWei\tZhe\tGun\tChao\tChi\tZao\tHui\tLuan\tLiao\tLao\tTuo\tHui\tWu\tAo\tS" +
  "he\tSui\tMai\tTan\tXin\tJing\tAn\tTa\tChan\tWei\tTuan\tJi\tChen\tChe\tYu\tXian\tXin\tHung\tDaan\tSeo" +
  "n\tNao\tWaan\tYan\tQiu\tJiang\tSong\tJun\tLiao\tJu\tHou\tMan\tLie\tJyut\tChu\tChi\tXiang\tQin\tMei\t" +
  "Shu\tChai\tChi\tGu\tYu\tYin\tSyu\tLiu\tLao\tShu\tZhe\tShuang\tHui\tFat\tFui\tE\tMung\tSha\tZong\tJue" +
  "\tJun\tTuan\tLou\tWei\tChong\tZhu\tLie\tFun\tZhe\tZhao\t\x7f\tYi\tChu\tNi\tBo\tSuan\tYi\tHao\tYa\tHu" +
  "an\tMan\tMan\tQu\tLao\tHao\tZhong\tMin\tXian\tZhen\tShu\tZuo\tZhu\tGou\tXuan\tYi\tZhi\tXie\tJin\tCan" +
  "\tZai\tBu\tLiang\tZhi\tJi\tWan\tGuan\tJu\tJing\tAi\tFu\tGui\tHou\tYan\tRuan\tZhi\tBiao\tYi\tSuo\tDie" +
  "\tGui\tSheng\tXun\tChen\tShe\tQing\tCoeng\tSi\tChun\tHong\tDong\tCheng\tWei\tRu\tShu\tCai\tJi\tZa\tQ" +
  "i\tYan\tFu\tYu\tFu\tPo\tZhi\tTan\tZuo\tChe\tQu\tYou\tHe\tHou\tGui\tE\tJiang\tYun\tTou\tCun\tTu\tFu\t" +
  "Zuo\tHu\tNgo\tBo\tZhao\tJue\tTang\tJue\tFu\tHuang\tChun\tYong\tChui\tSuo\tChi\tQian\tCai\tXiao\tMan" +
  "\tCan\tQi\tJian\tBi\tJi\tZhi\tZhu\tQu\tZhan\tJi\tBian\tZaan\tLi\tLi\tYue\tQuan\tCheng\tFu\tCha\tTang" +
  "\tShi\tHang\tQie\tQi\tBo\tNa\tTou\tChu\tCu\tYue\tZhi\tChen\tChu\tBi\tMeng\tBa\tTian\tMin\tLie\tFeng" +
  "\tCheng\tQiu\tTiao\tFu\tKuo\tJian\t\x7f\tCung\tCuk\tZhen\tQiu\tZuo\tChi\tKui\tLie\tBei\tDu\tWu\tSo\t" +
  "Zhuo\tLu\tTang\tZai\tChu\tLiang\tTian\tKun\tChang\tJue\tTu\tHuan\tFei\tBi\tDaap\tXia\tWo\tJi\tQu\tKu" +
  "i\tHu\tQiu\tSui\tCai\tZi\tQiu\tPi\tPang\tWa\tYao\tRong\tXun\tCu\tDie\tChi\tCuo\tMeng\tXuan\tDuo\tBie" +
  "\tZhe\tChu\tChan\tGui\tDuan\tZou\tDeng\tLai\tTeng\tYue\tQuan\tZhu\tLing\tChen\tZhen\tFu\tShe\tTiao\t" +
  "Kua\tAi\tMan\tQiong\tShu\tHai\tShan\tWai\tZhan\tLong\tJiu\tLi\tGei\tChun\tRong\tYue\tJue\tKang\tFan" +
  "\tQi\tHong\tFu\tLu\tHong\tTuo\tMin\tTian\tJuan\tQi\tZheng\tQing\tGong\tTian\tLang\tMao\tYin\tLu\tYua" +
  "n\tJu\tPi\tHang\tXie\tBian\tHun\tZhu\tRong\tSang\tWu\tCha\tKeng\tShan\tPeng\tMan\tXiu\tZung\tCong\tK" +
  "eng\tZhuan\tChan\tSi\tChong\tSui\tBei\tKai\tMit\tZhi\tWei\tMin\tLing\tZuan\tNie\tLing\tQi\tYue\tLip" +
  "\tYi\tXi\tChen\tJung\tRong\tChen\tNong\tYou\tJi\tBo\tFang\t\x7f\tDau\tCu\tDi\tJiao\tYu\tHe\tXu\tYu\t" +
  "Qu\tSau\tBai\tGeng\tJiong\tGwai\tYa\tShu\tYou\tSong\tYe\tCang\tYao\tShu\tYan\tShuai\tLiao\tCong\tYu" +
  "\tBo\tSui\tCin\tYan\tLei\tLin\tTi\tDu\tYue\tJi\tCin\tYun\tBong\tDaan\tJu\tJu\tChu\tChen\tGong\tXiang" +
  "\tXian\tAn\tGui\tYu\tLei\tSe\tTu\tChen\tXing\tQiu\tHang\tSaa\tDang\tCai\tDi\tYan\tZi\tGung\tYing\tCh" +
  "an\tGwai\tLi\tSuo\tMa\tMa\tGou\tTang\tPei\tLou\tQi\tCuo\tTu\tE\tCan\tJie\tYi\tJi\tDang\tJue\tBi\tLei" +
  "\tYi\tChun\tChun\tPo\tLi\tZai\tTai\tPo\tCu\tJu\tXu\tFan\tSi\tXu\tEr\tHuo\tZhu\tRan\tFa\tJuan\tHan\tL" +
  "iang\tZhi\tMi\tYu\tJoek\tCen\tMei\tYin\tMian\tTu\tKui\tSau\tHei\tMi\tRong\tYu\tQiang\tMi\tJu\tPi\tJi" +
  "n\tWang\tJi\tMeng\tJian\tXue\tBao\tGan\tChan\tLi\tLi\tQiu\tDun\tYing\tYun\tChen\tZhi\tRan\tBaat\tLue" +
  "\tKai\tGui\tYue\tHui\tPi\tCha\tDuo\tChan\tSha\tShi\tShe\tXing\tYing\tShi\tChi\tYe\tHan\tFei\tYe\tYan" +
  "\tZuan\tSou\tJin\tDuo\tXian\tGuan\tTao\tQie\tChan\tHan\tMeng\tYue\tCu\tQian\tJin\tShan\tMu\tYuan\tCo" +
  "eng\tPeng\tZheng\tZhi\tChun\tYu\tMou\tWan\tJiang\tQi\tSu\tPie\tTian\tKuan\tCu\tSui\tCo\tJie\tJian\tA" +
  "o\tJiao\tYe\t\x7f\tYe\tLong\tZao\tBao\tLian\tCeoi\tHuan\tLu\tWei\tXian\tTie\tBo\tZheng\tZhu\tBei\tMe" +
  "ng\tXie\tOu\tYou\t\x7f\tXiao\tLi\tZha\tMi\tNgit\tYe\tMou\tMat\tPo\tXie\tLai\tJyu\tBong\tShan\tZhuo\t" +
  "Wai\tShan\tJue\tJi\tJie\tSei\tNiao\tAo\tChu\tWu\tGuan\tXie\tTing\tXue\tDang\tZhan\tTan\tPeng\tXie\tX" +
  "u\tXian\tSi\tKua\tZheng\tWu\tHuo\tRun\tWen\tDu\tHuan\tKuo\tFu\tChuai\tXian\tQin\tQie\tLan\tMan\tYa\t" +
  "Ying\tQue\tHang\tChun\tZhi\tGau\tWei\tYan\tXiang\tYi\tNi\tZheng\tChuai\tJyu\tShi\tDing\tZi\tJue\tXu" +
  "\tYuan\tZung\tGwang\tXu\tDao\tTian\tGe\tYi\tHong\tYi\tSai\tLi\tKu\tXian\tSui\tXi\tXuan\tFung\tGwok\t" +
  "Di\tLai\tZhou\tNian\tCheng\tJian\tBi\tZhuan\tLing\tHao\tBang\tTang\tChi\tMa\tXian\tShuan\tYong\tQu\t" +
  "\x7f\tPu\tHui\tWei\tYi\tYe\tGam\tChe\tHao\tBin\tSi\tXian\tChan\tHun\t\x7f\tHan\tCi\tZhi\tQi\tKui\tRo" +
  "u\tGu\tYing\tXiong\tGap\tHu\tCui\tSyu\tQue\tDi\tWu\tQiu\tAan\tYan\tLiao\tBi\tSoeng\tBin\t\x7f\tYuan" +
  "\tNue\tBao\tYing\tHong\tCi\tQia\tTi\tYu\tLei\tBao\t\x7f\tJi\tFu\tXian\tCen\tHu\tSe\tBeng\tQing\tYu\t" +
  "Wa\tAi\tHan\tDan\tGe\tDi\tHuo\tPang\t\x7f\tZhui\tLing\tMai\tMai\tLian\tXiao\tXue\tZhen\tPo\tFu\tNou" +
  "\tXi\tDui\tDan\tYun\tXian\tYin\tShu\tDui\tBeng\tHu\tFei\tFei\tZa\tBei\tFei\tXian\tShi\tMian\tZhan\tZ" +
  "han\tZhan\tHui\tFu\tWan\tMo\tQiao\tLiao\tCim\tMie\tHu\tHong\tYu\tQi\tDuo\tAng\tSaa\tBa\tDi\tXuan\tDi" +
  "\tBi\tZhou\tPao\tTie\tYi\tTing\tJia\tZhi\tTu\tXie\tDan\tTiao\tXie\tChang\tYuan\tGuan\tLiang\tBeng\tG" +
  "ei\tLu\tJi\tXuan\tShu\tDu\tSou\tHu\tYun\tChan\tBang\tRong\tE\tWeng\tBa\tFeng\tYu\tZhe\tFen\tGuan\tBu" +
  "\tGe\tDun\tHuang\tDu\tTi\tBo\tQian\tLie\tLong\tWei\tZhan\tLan\tSui\tNa\tBi\tTuo\tZhu\tDie\tBu\tJu\tP" +
  "o\tXia\tWei\tPo\tDa\tFan\tChan\tHu\tZa\tZai\t\x7f\tZai\tZai\tZai\tFan\tXie\tHong\tChi\tBao\tYin\tGaa" +
  "\tJing\tBo\tRuan\tChou\tYing\tYi\tGai\tKun\tYun\tZhen\tYa\tJu\tHou\tMin\tBai\tGe\tBian\tZhuo\tHao\tZ" +
  "hen\tSheng\tGen\tBi\tDuo\tChun\tChua\tSan\tCheng\tRan\tChen\tMao\tPei\tWei\tPi\tFu\tZhuo\tQi\tLin\tY" +
  "i\tMen\tWu\tQi\tDie\tChen\tXia\tHe\tSang\tGua\tHou\tAo\tFu\tQiao\tHun\tPi\tYan\tSi\tXi\tMing\tKui\tG" +
  "e\tHou\tAo\tSan\tShuang\tLou\tZhen\tHui\tChan\t\x7f\tLin\tNa\tHan\tDu\tJin\tMian\tFan\tE\tChao\tHong" +
  "\tHong\tYu\tXue\tPao\tBi\tChao\tYou\tYi\tXue\tSa\tXu\tLi\tLi\tYuan\tDui\tHuo\tSha\tLeng\tPou\tHu\tGu" +
  "o\tBu\tRui\tWei\tSou\tAn\tYu\tXiang\tHeng\tYang\tXiao\tYao\t\x7f\tBi\tCi\tHeng\tTao\tLiu\tFei\tZhu\t" +
  "Tou\tXi\tZan\tYi\tDou\tYuan\tJiu\t\x7f\tBo\tTi\tYing\tTou\tYi\tNian\tShao\tBen\tGou\tBan\tMo\tGai\tE" +
  "n\tShe\tCaan\tZhi\tYang\tJian\tYuan\tShui\tTi\tWei\tXun\tZhi\tYi\tRen\tShi\tHu\tNe\tYe\tJian\tSui\tY" +
  "ing\tBao\tHu\tHu\tYe\tBin\tYang\tLian\tXi\tEn\tDui\tZan\tZhu\tYing\tYing\tJin\tChuang\tDan\tLiu\tKua" +
  "i\tYi\tYe\tJian\tEn\tNing\tCi\tQian\tXue\tBo\tMi\tShui\tMo\tLiang\tQi\tQi\tShou\tFu\tBo\tBeng\tBie\t" +
  "Yi\tWei\tHuan\tFan\tQi\tMao\tFu\tAng\tAng\tFu\tQi\tQun\tTuo\tYi\tBo\tPian\tBa\tKeoi\tXuan\tJyut\tPei" +
  "\tYu\tChi\tLu\tYi\tLi\t\x7f\tNiao\tXi\tWu\tGwing\tLei\tPu\tZhuo\tZui\tZhuo\tChang\tAn\tEr\tYu\tLeng" +
  "\tFu\tZha\tHun\tChun\tSou\tBi\tBi\tZha\tSong\tHe\tLi\tGiu\tHan\tZai\tGu\tCheng\tLou\tMo\tMi\tMai\tAo" +
  "\tZhe\tZhu\tHuang\tFan\tDeng\tTong\tBiu\tDu\tWo\tWei\tJi\tChi\tLin\tBiao\tLong\tJian\tNie\tLuo\tShen" +
  "\tOn\tGua\tNie\tYi\tKu\tWan\tWa\tQia\tBo\tKao\tLing\tGan\tGua\tHai\tKuang\tHeng\tKui\tZe\tTing\tLang" +
  "\tBi\tHuan\tPo\tYao\tWan\tTi\tSui\tKua\tDui\tAo\tJian\tMo\tKui\tKuai\tAn\tMa\tQing\tQiao\tHou\tKao\t" +
  "Hao\tDuo\tXian\tNai\tSuo\tJie\tPi\tPa\tSong\tChang\tNie\tMan\tSong\tCi\tXian\tKuo\tGou\tDi\tPou\tTia" +
  "o\tZu\tWo\tFei\tCai\tPeng\tSai\tSou\tRou\tQi\tCuo\tPan\tBo\tMan\tZong\tCi\tKui\tJi\tLan\tSou\tMeng\t" +
  "Mian\tPan\tLu\tZuan\tJiu\tLiu\tYi\tWen\tLi\tLi\tZeng\tZhu\tHun\tShen\tChi\tXing\tWang\tDong\tHuo\tPi" +
  "\tHu\tMei\tChe\tMei\tChao\tJu\tNou\tJi\tYi\tRu\tLing\tYa\tDing\tQi\tZi\tMong\tBang\tGong\tZe\tJie\tY" +
  "u\tQin\tBei\tBa\tTuo\tYang\tQiao\tYou\tZhi\tJie\tMo\tSheng\tShan\tQi\tShan\tMi\tGong\tYi\tGeng\tGeng" +
  "\tTou\tFu\tXue\tYe\tTing\tTiao\tMou\tLiu\tCan\tLi\tShu\tLu\tHuo\tCuo\tPai\tLiu\tJu\tZhan\tJu\tZheng" +
  "\tZu\tXian\tZhi\tZeoi\tGyun\tLa\tMong\tBiu\tLa\tXu\tGeng\tE\tMu\tZhong\tTi\tYuan\tZhan\tGeng\tWeng\t" +
  "Lang\tYu\tSou\tZha\tHai\tHua\tZhan\tChang\tLou\tChan\tZhi\tWei\tXuan\tZao\tMin\tGui\tSu\tCuk\tMaa\tS" +
  "i\tDuo\tCen\tKuan\tTeng\tNei\tLao\tLu\tYi\tXie\tYan\tQing\tPu\tChou\tXian\tGuan\tJie\tLai\tMeng\tYe" +
  "\tCong\tLi\tYin\tChun\tQiu\tTeng\tYu\tZau\tGau\tDai\tDu\tHong\tSi\tXi\t\x7f\tQi\tCi\tYuan\tJi\tYun\t" +
  "Fang\tGong\tHang\tZhen\tQue\tJyun\tNiu\tJie\tPi\tGan\tXuan\tSheng\tShi\tQiao\tCi\tDie\tBo\tDiao\tWan" +
  "\tCi\tZhi\tBai\tWu\tBao\tDan\tBa\tTong\tGyun\tGong\tJiu\tGui\tCi\tYou\tYuan\tLao\tJu\tFu\tNie\tE\tE" +
  "\tXing\tKan\tYan\tTu\tPou\tBeng\tMing\tShui\tYan\tQi\tYuan\tBie\tLing\tXuan\tHou\tHuang\tYao\tJuan\t" +
  "Kui\tE\tJi\tMo\tChong\tBao\tWu\tZhen\tXu\tTa\tChi\tXi\tCong\tMa\tKou\tYan\tCan\tAu\tHe\tDeng\tRan\tT" +
  "ong\tYu\tXiang\tNao\tShun\tFen\tPu\tLing\tAo\tHuan\tYi\tHuan\tMeng\tYing\tLei\tYan\tBao\tDie\tLing\t" +
  "Shi\tJiao\tLie\tJing\tJu\tTi\tPi\tGang\tXiao\tWai\tChuai\tDi\tHuan\tYao\tLi\tMi\tHu\tSheng\tJia\tYin" +
  "\tWei\tJyun\tPiao\tLu\tLing\tYi\tCai\tShan\tHu\tShu\tTuo\tMo\tHua\tTie\tBing\tPeng\tHun\tFu\tGuo\tBu" +
  "\tLi\tChan\tPi\tCuo\tMeng\tSuo\tQiang\tZhi\tKuang\tBi\tAo\tMeng\tXian\tKu\tTou\tTuan\tWei\tXian\tTan" +
  "\tTuan\tLao\tChan\tNi\tNi\tLi\tDong\tJu\tQian\tBo\tShai\tZha\tTao\tQian\tNong\tYi\tJing\tGan\tDi\tJi" +
  "an\tMei\tDa\tJian\tYu\tXie\tZai\tMang\tLi\tGun\tXun\tTa\tZhe\tYang\tTuan\tShang\tXi\tQiao\tWei\tYing" +
  "\tChua\tQu\tWa\t\x7f\tZhi\tTing\tGu\tShang\tCa\tFu\tTie\tTa\tTa\tZhuo\tHan\tPing\tHe\tZhui\tZhou\tBo" +
  "\tLiu\tNu\tXi\tPao\tDi\tHe\tTi\tWai\tTi\tQi\tJi\tChi\tBa\tJin\tKe\tLi\tJu\tQu\tLa\tGu\tQia\tQi\tXian" +
  "\tJian\tShi\tJian\tAi\tHua\tZha\tZe\tYao\tZhan\tJi\tCha\tYan\tJian\tWong\tYan\t\x7f\tJiao\tTong\tNan" +
  "\tYue\tCeoi\tChi\tDe\t\x7f\tMo\tZo\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tQian\tKun\tZhun\tMeng\tXu\tS" +
  "ong\tShi\tBi\tXiaoChu\tLu\tTai\tPi\tTongRen\tDaYou\tQian\tYu\tSui\tGu\tLin\tGuan\tShiKe\tBi\tBo\tFu" +
  "\tWuWang\tDaChu\tYi\tDaGuo\tKan\tLi\tXian\tHeng\tDun\tDaZhuang\tJin\tMingYi\tJiaRen\tKui\tJian\tXie" +
  "\tSun\tYi\tGuai\tGou\tCui\tSheng\tKun\tJing\tGe\tDing\tZhen\tGen\tJian\tGuiMei\tFeng\tLu\tXun\tDui\t" +
  "Huan\tJie\tZhongFu\tXiaoGuo\tJiJi\tWeiJi\tYi \tDing \tKao \tQi \tShang \tXia \tHan\tMo \tZhang \tSan" +
  " \tShang \tXia \tJi \tBu \tYu \tMian \tGai \tChou \tChou \tZhuan \tQie \tPi \tShi \tShi \tQiu \tBing" +
  " \tYe \tCong \tDong \tSi \tCheng \tDiu \tQiu \tLiang \tDiu \tYou \tLiang \tYan \tBing \tSang \tGun " +
  "\tJiu \tGe \tYa \tQiang \tZhong \tJi \tJie \tFeng \tGuan \tChuan \tChan \tLin \tZhuo \tZhu \tHa \tWa" +
  "n \tDan \tWei \tZhu \tJing \tLi \tJu \tPie \tFu \tYi \tYi \tNai \tShime \tJiu \tJiu \tZhe \tMe \tYi " +
  "\tYi\tZhi \tWu \tZha \tHu \tFa \tLe \tZhong \tPing \tPang \tQiao \tHu \tGuai \tCheng \tCheng \tYi \t" +
  "Yin \tYa\tMie \tJiu \tQi \tYe \tXi \tXiang \tGai \tDiu \tHal \tHu\tShu \tTwul \tShi \tJi \tNang \tJi" +
  "a \tKel \tShi \tMao\tOl \tMai \tLuan \tCal \tRu \tXue \tYan \tFu \tSha \tNa \tGan \tSol \tEl \tCwul " +
  "\tZhe\tGan \tChi \tGui \tGan \tLuan \tLin \tYi \tJue \tLiao \tMa \tYu \tZheng \tShi \tShi \tEr \tChu" +
  " \tYu \tYu \tYu \tYun \tHu \tQi \tWu \tJing \tSi \tSui \tGen \tGen \tYa \tXie \tYa \tQi \tYa \tJi \t" +
  "Tou \tWang \tKang \tTa \tJiao \tHai \tYi \tChan \tHeng \tMu \tYe\tXiang \tJing \tTing \tLiang \tXian" +
  "g \tJing \tYe \tQin \tBo \tYou \tXie \tDan \tLian \tDuo \tWei \tRen \tRen \tJi \tLa \tWang \tYi \tSh" +
  "en \tRen \tLe \tDing \tZe \tJin \tPu \tChou \tBa \tZhang \tJin \tJie \tBing \tReng \tCong \tFo \tSan" +
  " \tLun \tSya \tCang \tZi \tShi \tTa \tZhang \tFu \tXian \tXian \tTuo \tHong \tTong \tRen \tQian \tGa" +
  "n \tYi \tDi \tDai \tLing \tYi \tChao \tChang \tSa \tChang\tYi \tMu \tMen \tRen \tJia \tChao \tYang " +
  "\tQian \tZhong \tPi \tWan \tWu \tJian \tJia \tYao \tFeng \tCang \tRen \tWang \tFen \tDi \tFang \tZho" +
  "ng \tQi \tPei \tYu \tDiao \tDun \tWen \tYi \tXin \tKang \tYi \tJi \tAi \tWu \tJi \tFu \tFa \tXiu \tJ" +
  "in \tBei \tDan \tFu \tTang \tZhong \tYou \tHuo \tHui \tYu \tCui \tChuan \tSan \tWei \tChuan \tChe \t" +
  "Ya \tXian \tShang \tChang \tLun \tCang \tXun \tXin \tWei \tZhu \tZe\tXuan \tNu \tBo \tGu \tNi \tNi " +
  "\tXie \tBan \tXu \tLing \tZhou \tShen \tQu \tSi \tBeng \tSi \tJia \tPi \tYi \tSi \tAi \tZheng \tDian" +
  " \tHan \tMai \tDan \tZhu \tBu \tQu \tBi \tShao \tCi \tWei \tDi \tZhu \tZuo \tYou \tYang \tTi \tZhan " +
  "\tHe \tBi \tTuo \tShe \tYu \tYi \tFo \tZuo \tKou \tNing \tTong \tNi \tXuan \tQu \tYong \tWa \tQian " +
  "\tShi\tKa \tBao\tPei \tHuai \tHe \tLao \tXiang \tGe \tYang \tBai \tFa \tMing \tJia \tEr \tBing \tJi " +
  "\tHen \tHuo \tGui \tQuan \tTiao \tJiao \tCi \tYi \tShi \tXing \tShen \tTuo \tKan \tZhi \tGai \tLai " +
  "\tYi \tChi \tKua \tGuang \tLi \tYin \tShi \tMi \tZhu \tXu \tYou \tAn \tLu \tMou \tEr \tLun \tTong \t" +
  "Cha \tChi \tXun \tGong \tZhou \tYi \tRu \tJian \tXia \tJia \tZai \tLu \tKo \tJiao \tZhen \tCe \tQiao" +
  " \tKuai \tChai \tNing \tNong \tJin \tWu \tHou \tJiong \tCheng \tZhen \tZuo \tChou \tQin \tLu \tJu \t" +
  "Shu \tTing \tShen \tTuo \tBo \tNan \tHao \tBian \tTui \tYu \tXi \tCu \tE \tQiu \tXu \tKuang \tKu \tW" +
  "u \tJun \tYi \tFu \tLang \tZu \tQiao \tLi \tYong \tHun \tJing \tXian \tSan \tPai \tSu \tFu \tXi \tLi" +
  " \tFu \tPing \tBao \tYu \tSi \tXia \tXin \tXiu \tYu \tTi \tChe \tChou \tZhi\tYan \tLia \tLi \tLai \t" +
  "Si\tJian \tXiu \tFu \tHe \tJu \tXiao \tPai \tJian \tBiao \tChu \tFei \tFeng \tYa \tAn \tBei \tYu \tX" +
  "in \tBi \tJian \tChang \tChi \tBing \tZan \tYao \tCui \tLia \tWan \tLai \tCang \tZong \tGe \tGuan \t" +
  "Bei \tTian \tShu \tShu \tMen \tDao \tTan \tJue \tChui \tXing \tPeng \tTang \tHou \tYi \tQi \tTi \tGa" +
  "n \tJing \tJie \tSui \tChang \tJie \tFang \tZhi \tKong \tJuan \tZong \tJu \tQian \tNi \tLun \tZhuo " +
  "\tWei \tLuo \tSong \tLeng \tHun \tDong \tZi \tBen \tWu \tJu \tNai \tCai \tJian \tZhai \tYe \tZhi \tS" +
  "ha \tQing \tNing\tYing \tCheng \tJian \tYan \tNuan \tZhong \tChun \tJia \tJie \tWei \tYu \tBing \tRu" +
  "o \tTi \tWei \tPian \tYan \tFeng \tTang \tWo \tE \tXie \tChe \tSheng \tKan \tDi \tZuo \tCha \tTing " +
  "\tBei \tYe \tHuang \tYao \tZhan \tChou \tYan \tYou \tJian \tXu \tZha \tCi \tFu \tBi \tZhi \tZong \tM" +
  "ian \tJi \tYi \tXie \tXun \tSi \tDuan \tCe \tZhen \tOu \tTou \tTou \tBei \tZa \tLu \tJie \tWei \tFen" +
  " \tChang \tGui \tSou \tZhi \tSu \tXia \tFu \tYuan \tRong \tLi \tRu \tYun \tGou \tMa \tBang \tDian \t" +
  "Tang \tHao \tJie \tXi \tShan \tQian \tJue \tCang \tChu \tSan \tBei \tXiao \tYong \tYao \tTan \tSuo " +
  "\tYang \tFa \tBing \tJia \tDai \tZai \tTang \tGu\tBin \tChu \tNuo \tCan \tLei \tCui \tYong \tZao \tZ" +
  "ong \tPeng \tSong \tAo \tChuan \tYu \tZhai \tCou \tShang \tQiang \tJing \tChi \tSha \tHan \tZhang \t" +
  "Qing \tYan \tDi \tXi \tLu \tBei \tPiao \tJin \tLian \tLu \tMan \tQian \tXian \tTan \tYing \tDong \tZ" +
  "huan \tXiang \tShan \tQiao \tJiong \tTui \tZun \tPu \tXi \tLao \tChang \tGuang \tLiao \tQi \tDeng \t" +
  "Chan \tWei \tJi \tFan \tHui \tChuan \tJian \tDan \tJiao \tJiu \tSeng \tFen \tXian \tJue \tE \tJiao " +
  "\tJian \tTong \tLin \tBo \tGu \tXian\tSu \tXian \tJiang \tMin \tYe \tJin \tJia \tQiao \tPi \tFeng \t" +
  "Zhou \tAi \tSai \tYi \tJun \tNong \tChan \tYi \tDang \tJing \tXuan \tKuai \tJian \tChu \tDan \tJiao " +
  "\tSha \tZai \tCan\tBin \tAn \tRu \tTai \tChou \tChai \tLan \tNi \tJin \tQian \tMeng \tWu \tNing \tQi" +
  "ong \tNi \tChang \tLie \tLei \tLu \tKuang \tBao \tDu \tBiao \tZan \tZhi \tSi \tYou \tHao \tChen \tCh" +
  "en \tLi \tTeng \tWei \tLong \tChu \tChan \tRang \tShu \tHui \tLi \tLuo \tZan \tNuo \tTang \tYan \tLe" +
  "i \tNang \tEr \tWu \tYun \tZan \tYuan \tXiong \tChong \tZhao \tXiong \tXian \tGuang \tDui \tKe \tDui" +
  " \tMian \tTu \tChang \tEr \tDui \tEr \tXin \tTu \tSi \tYan \tYan \tShi \tShi \tDang \tQian \tDou \tF" +
  "en \tMao \tShen \tDou \tBai \tJing \tLi \tHuang \tRu \tWang \tNei \tQuan \tLiang \tYu \tBa \tGong \t" +
  "Liu \tXi \tHan\tLan \tGong \tTian \tGuan \tXing \tBing \tQi \tJu \tDian \tZi \tPpwun \tYang \tJian " +
  "\tShou \tJi \tYi \tJi \tChan \tJiong \tMao \tRan \tNei \tYuan \tMao \tGang \tRan \tCe \tJiong \tCe " +
  "\tZai \tGua \tJiong \tMao \tZhou \tMou \tGou \tXu \tMian \tMi \tRong \tYin \tXie \tKan \tJun \tNong " +
  "\tYi \tMi \tShi \tGuan \tMeng \tZhong \tJu \tYuan \tMing \tKou \tLam \tFu \tXie \tMi \tBing \tDong " +
  "\tTai \tGang \tFeng \tBing \tHu \tChong \tJue \tHu \tKuang \tYe \tLeng \tPan \tFu \tMin \tDong \tXia" +
  "n \tLie \tXia \tJian \tJing \tShu \tMei \tTu \tQi \tGu \tZhun \tSong \tJing \tLiang \tQing \tDiao \t" +
  "Ling \tDong \tGan \tJian \tYin \tCou \tYi \tLi \tCang \tMing \tZhuen \tCui \tSi \tDuo \tJin \tLin \t" +
  "Lin \tNing \tXi \tDu \tJi \tFan \tFan \tFan \tFeng \tJu \tChu \tTako \tFeng \tMok \tCi \tFu \tFeng " +
  "\tPing \tFeng \tKai \tHuang \tKai \tGan \tDeng \tPing \tQu \tXiong \tKuai \tTu \tAo \tChu \tJi \tDan" +
  "g \tHan \tHan \tZao \tDao \tDiao \tDao \tRen \tRen \tChuang \tFen \tQie \tYi \tJi \tKan \tQian \tCun" +
  " \tChu \tWen \tJi \tDan \tXing \tHua \tWan \tJue \tLi \tYue \tLie \tLiu \tZe \tGang \tChuang \tFu \t" +
  "Chu \tQu \tJu \tShan \tMin \tLing \tZhong \tPan \tBie \tJie \tJie \tBao \tLi \tShan \tBie \tChan \tJ" +
  "ing \tGua \tGen \tDao \tChuang \tKui \tKu \tDuo \tEr \tZhi \tShua \tQuan \tCha \tCi \tKe \tJie \tGui" +
  " \tCi \tGui \tKai \tDuo \tJi \tTi \tJing \tLou \tGen \tZe \tYuan \tCuo \tXue \tKe \tLa \tQian \tCha " +
  "\tChuang \tGua \tJian \tCuo \tLi \tTi \tFei \tPou \tChan \tQi \tChuang \tZi \tGang \tWan \tBo \tJi " +
  "\tDuo \tQing \tYan \tZhuo \tJian \tJi \tBo \tYan \tJu \tHuo \tSheng \tJian \tDuo \tDuan \tWu \tGua " +
  "\tFu \tSheng \tJian \tGe \tZha \tKai \tChuang \tJuan \tChan \tTuan \tLu \tLi \tFou \tShan \tPiao \tK" +
  "ou \tJiao \tGua \tQiao \tJue \tHua \tZha \tZhuo \tLian \tJu \tPi \tLiu \tGui \tJiao \tGui \tJian \tJ" +
  "ian \tTang \tHuo \tJi \tJian \tYi \tJian \tZhi \tChan \tCuan \tMo \tLi \tZhu \tLi \tYa \tQuan \tBan " +
  "\tGong \tJia \tWu \tMai \tLie \tJin \tKeng \tXie \tZhi \tDong \tZhu \tNu \tJie \tQu \tShao \tYi \tZh" +
  "u \tMiao \tLi \tJing \tLao \tLao \tJuan \tKou \tYang \tWa \tXiao \tMou \tKuang \tJie \tLie \tHe \tSh" +
  "i \tKe \tJing \tHao \tBo \tMin \tChi \tLang \tYong \tYong \tMian \tKe \tXun \tJuan \tQing \tLu \tPou" +
  " \tMeng \tLai \tLe \tKai \tMian \tDong \tXu \tXu \tKan \tWu \tYi \tXun \tWeng \tSheng \tLao \tMu \tL" +
  "u \tPiao \tShi \tJi \tQin \tQiang \tJiao \tQuan \tYang \tYi \tJue \tFan \tJuan \tTong \tJu \tDan \tX" +
  "ie \tMai \tXun \tXun \tLu \tLi \tChe \tRang \tQuan \tBao \tShao \tYun \tJiu \tBao \tGou \tWu \tYun " +
  "\tMwun \tNay \tGai \tGai \tBao \tCong \tYi\tXiong \tPeng \tJu \tTao \tGe \tPu \tAn \tPao \tFu \tGong" +
  " \tDa \tJiu \tQiong \tBi \tHua \tBei \tNao \tChi \tFang \tJiu \tYi \tZa \tJiang \tKang \tJiang \tKua" +
  "ng \tHu \tXia \tQu \tBian \tGui \tQie \tZang \tKuang \tFei \tHu \tTou \tGui \tGui \tHui \tDan \tGui " +
  "\tLian \tLian \tSuan \tDu \tJiu \tQu \tXi \tPi \tQu \tYi \tQia \tYan \tBian \tNi \tQu \tShi \tXin \t" +
  "Qian \tNian \tSa \tZu \tSheng \tWu \tHui \tBan \tShi \tXi \tWan \tHua \tXie \tWan \tBei \tZu \tZhuo " +
  "\tXie \tDan \tMai \tNan \tDan \tJi \tBo \tShuai \tBu \tKuang \tBian \tBu \tZhan \tQia \tLu \tYou \tL" +
  "u \tXi \tGua \tWo \tXie \tJie \tJie \tWei \tAng \tQiong \tZhi \tMao \tYin \tWei \tShao \tJi \tQue \t" +
  "Luan \tShi \tJuan \tXie \tXu \tJin \tQue \tWu \tJi \tE \tQing \tXi \tSan\tHan \tZhan \tE \tTing \tLi" +
  " \tZhe \tHan \tLi \tYa \tYa \tYan \tShe \tZhi \tZha \tPang \tYa\tHe \tYa \tZhi \tCe \tPang \tTi \tLi" +
  " \tShe \tHou \tTing \tZui \tCuo \tFei \tYuan \tCe \tYuan \tXiang \tYan \tLi \tJue \tSha \tDian \tChu" +
  " \tJiu \tQin \tAo \tGui \tYan \tSi \tLi \tChang \tLan \tLi \tYan \tYan \tYuan \tSi \tGong \tLin \tQi" +
  "u \tQu \tQu \tUk \tLei \tDu \tXian \tZhuan \tSan \tCan \tCan \tCan \tCan \tAi \tDai \tYou \tCha \tJi" +
  " \tYou \tShuang \tFan \tShou \tGuai \tBa \tFa \tRuo \tShi \tShu \tZhuo \tQu \tShou \tBian \tXu \tJia" +
  " \tPan \tSou \tGao \tWei \tSou \tDie \tRui \tCong \tKou \tGu \tJu \tLing \tGua \tTao \tKou \tZhi \tJ" +
  "iao \tZhao \tBa \tDing \tKe \tTai \tChi \tShi \tYou \tQiu \tPo \tXie \tHao \tSi \tTan \tChi \tLe \tD" +
  "iao \tJi \tLiao\tHong \tMie \tXu \tMang \tChi \tGe \tXuan \tYao \tZi \tHe \tJi \tDiao \tCun \tTong " +
  "\tMing \tHou \tLi \tTu \tXiang \tZha \tXia \tYe \tLu \tA \tMa \tOu \tXue \tYi \tJun \tChou \tLin \tT" +
  "un \tYin \tFei \tBi \tQin \tQin \tJie \tBu \tFou \tBa \tDun \tFen \tE \tHan \tTing \tHang \tShun \tQ" +
  "i \tHong \tZhi \tShen \tWu \tWu \tChao \tNe \tXue \tXi \tChui \tDou \tWen \tHou \tOu \tWu \tGao \tYa" +
  " \tJun \tLu \tE \tGe \tMei \tAi \tQi \tCheng \tWu \tGao \tFu \tJiao \tHong \tChi \tSheng \tNe \tTun " +
  "\tFu \tYi \tDai \tOu \tLi \tBai \tYuan \tKuai \tWen\tQiang \tWu \tE \tShi \tQuan \tPen \tWen \tNi \t" +
  "M \tLing \tRan \tYou \tDi \tZhou \tShi \tZhou \tTie \tXi \tYi \tQi \tPing \tZi \tGu \tZi \tWei \tXu " +
  "\tHe \tNao \tXia \tPei \tYi \tXiao \tShen \tHu \tMing \tDa \tQu \tJu \tGem \tZa \tTuo \tDuo \tPou \t" +
  "Pao \tBi \tFu \tYang \tHe \tZha \tHe \tHai \tJiu \tYong \tFu \tQue \tZhou \tWa \tKa \tGu \tKa \tZuo " +
  "\tBu \tLong \tDong \tNing \tTha \tSi \tXian \tHuo \tQi \tEr \tE \tGuang \tZha \tXi \tYi \tLie \tZi " +
  "\tMie \tMi \tZhi \tYao \tJi \tZhou \tGe \tShuai \tZan \tXiao \tKe \tHui \tKua \tHuai \tTao \tXian \t" +
  "E \tXuan \tXiu \tWai \tYan \tLao \tYi \tAi \tPin \tShen \tTong \tHong \tXiong \tChi \tWa \tHa \tZai " +
  "\tYu \tDi \tPai \tXiang \tAi \tHen \tKuang \tYa \tDa \tXiao \tBi \tYue \tNian\tHua \tSasou \tKuai \t" +
  "Duo \tFen\tJi \tNong \tMou \tYo \tHao \tYuan \tLong \tPou \tMang \tGe \tE \tChi \tShao \tLi \tNa \tZ" +
  "u \tHe \tKu \tXiao \tXian \tLao \tBo \tZhe \tZha \tLiang \tBa \tMie \tLe \tSui \tFou \tBu \tHan \tHe" +
  "ng \tGeng \tShuo \tGe \tYou \tYan \tGu \tGu \tBai \tHan \tSuo \tChun \tYi \tAi \tJia \tTu \tXian \tH" +
  "uan \tLi \tXi \tTang \tZuo \tQiu \tChe \tWu \tZao \tYa \tDou \tQi \tDi \tQin \tMa \tMal \tHong \tDou" +
  " \tKes \tLao \tLiang \tSuo \tZao \tHuan \tLang \tSha \tJi \tZuo \tWo \tFeng \tYin \tHu \tQi \tShou " +
  "\tWei \tShua \tChang \tEr \tLi \tQiang \tAn \tJie \tYo \tNian \tYu \tTian \tLai \tSha \tXi \tTuo \tH" +
  "u \tAi \tZhou \tNou \tKen \tZhuo \tZhuo \tShang \tDi \tHeng \tLan \tA \tXiao \tXiang \tTun \tWu \tWe" +
  "n \tCui \tSha \tHu \tQi \tQi \tTao \tDan \tDan \tYe \tZi \tBi \tCui \tChuo \tHe \tYa \tQi \tZhe \tPe" +
  "i \tLiang \tXian \tPi \tSha \tLa \tZe \tQing \tGua \tPa \tZhe \tSe \tZhuan \tNie \tGuo \tLuo \tYan " +
  "\tDi \tQuan \tTan \tBo \tDing \tLang \tXiao \tJu\tTang \tChi \tTi \tAn \tJiu \tDan \tKe \tYong \tWei" +
  " \tNan \tShan \tYu \tZhe \tLa \tJie \tHou \tHan \tDie \tZhou \tChai \tWai \tRe \tYu \tYin \tZan \tYa" +
  "o \tWo \tMian \tHu \tYun \tChuan \tHui \tHuan \tHuan \tXi \tHe \tJi \tKui \tZhong \tWei \tSha \tXu " +
  "\tHuang \tDu \tNie \tXuan \tLiang \tYu \tSang \tChi \tQiao \tYan \tDan \tPen \tCan \tLi \tYo \tZha " +
  "\tWei \tMiao \tYing \tPen \tPhos \tKui \tXi \tYu \tJie \tLou \tKu \tSao \tHuo \tTi \tYao \tHe \tA \t" +
  "Xiu \tQiang \tSe \tYong \tSu \tHong \tXie \tYi \tSuo \tMa \tCha \tHai \tKe \tTa \tSang \tTian \tRu " +
  "\tSou \tWa \tJi \tPang \tWu \tXian \tShi \tGe \tZi \tJie \tLuo \tWeng \tWa \tSi \tChi \tHao \tSuo \t" +
  "Jia \tHai \tSuo \tQin \tNie \tHe \tCis \tSai \tNg \tGe \tNa \tDia \tAi \tQiang\tTong \tBi \tAo \tAo " +
  "\tLian \tCui \tZhe \tMo \tSou \tSou \tTan \tDi \tQi \tJiao \tChong \tJiao \tKai \tTan \tSan \tCao \t" +
  "Jia \tAi \tXiao \tPiao \tLou \tGa \tGu \tXiao \tHu \tHui \tGuo \tOu \tXian \tZe \tChang \tXu \tPo \t" +
  "De \tMa \tMa \tHu \tLei \tDu \tGa \tTang \tYe \tBeng \tYing \tSaai \tJiao \tMi \tXiao \tHua \tMai \t" +
  "Ran \tZuo \tPeng \tLao \tXiao \tJi \tZhu \tChao \tKui \tZui \tXiao \tSi \tHao \tFu \tLiao \tQiao \tX" +
  "i \tXiu \tTan \tTan \tMo \tXun \tE \tZun \tFan \tChi \tHui \tZan \tChuang \tCu \tDan \tYu \tTun \tCh" +
  "eng \tJiao \tYe \tXi \tQi \tHao \tLian \tXu \tDeng \tHui \tYin \tPu \tJue \tQin \tXun \tNie \tLu \tS" +
  "i \tYan \tYing \tDa \tDan \tYu \tZhou \tJin \tNong \tYue \tHui \tQi \tE \tZao \tYi \tShi \tJiao \tYu" +
  "an \tAi \tYong \tJue \tKuai \tYu \tPen \tDao \tGe \tXin \tDun \tDang \tSin \tSai \tPi \tPi \tYin \tZ" +
  "ui \tNing \tDi \tLan \tTa \tHuo \tRu \tHao \tXia \tYa \tDuo \tXi \tChou \tJi \tJin \tHao \tTi \tChan" +
  "g \tXun\tMe\tCa \tTi \tLu \tHui \tBo \tYou \tNie \tYin \tHu \tMo \tHuang \tZhe \tLi \tLiu \tHaai \tN" +
  "ang \tXiao \tMo \tYan \tLi \tLu \tLong \tFu \tDan \tChen \tPin \tPi \tXiang \tHuo \tMo \tXi \tDuo \t" +
  "Ku \tYan \tChan \tYing \tRang \tDian \tLa \tTa \tXiao \tJiao \tChuo \tHuan \tHuo \tZhuan \tNie \tXia" +
  "o \tCa \tLi \tChan \tChai \tLi \tYi \tLuo \tNang \tZan \tSu \tXi \tSo \tJian \tZa \tZhu \tLan \tNie " +
  "\tNang \tLan\tLo\tWei \tHui \tYin \tQiu \tSi \tNin \tJian \tHui \tXin \tYin \tNan \tTuan \tTuan \tDu" +
  "n \tKang \tYuan \tJiong \tPian \tYun \tCong \tHu \tHui \tYuan \tYou \tGuo \tKun \tCong \tWei \tTu \t" +
  "Wei \tLun \tGuo \tQun \tRi \tLing \tGu \tGuo \tTai \tGuo \tTu \tYou \tGuo \tYin \tHun \tPu \tYu \tHa" +
  "n \tYuan \tLun \tQuan \tYu \tQing \tGuo \tChuan \tWei \tYuan \tQuan \tKu \tFu \tYuan \tYuan \tE \tTu" +
  " \tTu \tTu \tTuan \tLue \tHui \tYi \tYuan \tLuan \tLuan \tTu \tYa \tTu \tTing \tSheng \tPu \tLu \tIr" +
  "i \tYa \tZai \tWei \tGe \tYu \tWu \tGui \tPi \tYi \tDi \tQian \tQian \tZhen \tZhuo \tDang \tQia \tAk" +
  "utsu \tYama \tKuang \tChang \tQi \tNie \tMo \tJi \tJia \tZhi \tZhi \tBan \tXun \tTou \tQin \tFen \tJ" +
  "un \tKeng \tTun \tFang \tFen \tBen \tTan \tKan \tPi \tZuo \tKeng \tBi \tXing \tDi \tJing \tJi \tKuai" +
  " \tDi \tJing \tJian \tTan \tLi \tBa \tWu \tFen \tZhui \tPo \tPan \tTang \tKun \tQu \tTan \tZhi \tTuo" +
  " \tGan \tPing \tDian \tGua \tNi \tTai \tPi \tJiong \tYang \tFo \tAo \tLiu \tQiu \tMu \tKe \tGou \tXu" +
  "e \tBa \tChi \tChe \tLing \tZhu \tFu \tHu \tZhi \tChui \tLa \tLong \tLong \tLu \tAo \tTay \tPao \tMi" +
  "n\tXing \tDong \tJi \tKe \tLu \tCi \tChi \tLei \tGai \tYin \tHou \tDui \tZhao \tFu \tGuang \tYao \tD" +
  "uo \tDuo \tGui \tCha \tYang \tYin \tFa \tGou \tYuan \tDie \tXie \tKen \tJiong \tShou \tE \tHa \tDian" +
  " \tHong \tWu \tKua \tDa\tTao \tDang \tKai \tGake \tNao \tAn \tXing \tXian \tHuan \tBang \tPei \tBa " +
  "\tYi \tYin \tHan \tXu \tChui \tCen \tGeng \tAi \tPeng \tFang \tQue \tYong \tXun \tJia \tDi \tMai \tL" +
  "ang \tXuan \tCheng \tYan \tJin \tZhe \tLei \tLie \tBu \tCheng \tGomi \tBu \tShi \tXun \tGuo \tJiong " +
  "\tYe \tNian \tDi \tYu \tBu \tYa \tJuan \tSui \tPi \tCheng \tWan \tJu \tLun \tZheng \tKong \tChong \t" +
  "Dong \tDai \tTan \tAn \tCai \tShu \tBeng \tKan \tZhi \tDuo \tYi \tZhi \tYi \tPei \tJi \tZhun \tQi \t" +
  "Sao \tJu \tNi \tKu \tKe \tTang \tKun \tNi \tJian \tDui \tJin \tGang \tYu \tE \tPeng \tGu \tTu \tLeng" +
  " \tFang\tYa \tQian \tKun\tAn \tShen\tDuo \tNao \tTu \tCheng \tYin \tHun \tBi \tLian \tGuo \tDie \tZh" +
  "uan \tHou \tBao \tBao \tYu \tDi \tMao \tJie \tRuan \tE \tGeng \tKan \tZong \tYu \tHuang \tE \tYao \t" +
  "Yan \tBao \tJi \tMei \tChang \tDu \tTuo \tYin \tFeng \tZhong \tJie \tZhen \tFeng \tGang \tChuan \tJi" +
  "an \tPyeng \tToride \tXiang \tHuang \tLeng \tDuan \tWan\tXuan \tJi \tJi \tKuai \tYing \tTa \tCheng " +
  "\tYong \tKai \tSu \tSu \tShi \tMi \tTa \tWeng \tCheng \tTu \tTang \tQue \tZhong \tLi \tPeng \tBang " +
  "\tSai \tZang \tDui \tTian \tWu \tCheng \tXun \tGe \tZhen \tAi \tGong \tYan \tKan \tTian \tYuan \tWen" +
  " \tXie \tLiu \tAma \tLang \tChang \tPeng \tBeng \tChen \tCu \tLu \tOu \tQian \tMei \tMo \tZhuan \tSh" +
  "uang \tShu \tLou \tChi \tMan \tBiao \tJing \tQi \tShu \tDi \tZhang \tKan \tYong \tDian \tChen \tZhi " +
  "\tXi \tGuo \tQiang \tJin \tDi \tShang \tMu \tCui \tYan \tTa \tZeng \tQi \tQiang \tLiang \tWei\tZhui " +
  "\tQiao \tZeng \tXu \tShan \tShan \tBa \tPu \tKuai \tDong \tFan \tQue \tMo \tDun \tDun \tDun \tDi \tS" +
  "heng \tDuo \tDuo \tTan \tDeng \tWu \tFen \tHuang \tTan \tDa \tYe \tSho \tMama \tYu \tQiang \tJi \tQi" +
  "ao \tKen \tYi \tPi \tBi \tDian \tJiang \tYe \tYong \tBo \tTan \tLan \tJu \tHuai \tDang \tRang \tQian" +
  " \tXun \tLan \tXi \tHe \tAi \tYa \tDao \tHao \tRuan \tMama \tLei \tKuang \tLu \tYan \tTan \tWei \tHu" +
  "ai \tLong \tLong \tRui \tLi \tLin \tRang \tTen \tXun \tYan \tLei \tBa \tWan\tShi \tRen \tSan\tZhuang" +
  " \tZhuang \tSheng \tYi \tMai \tKe \tZhu \tZhuang \tHu \tHu \tKun \tYi \tHu \tXu \tKun \tShou \tMang " +
  "\tZun \tShou \tYi \tZhi \tGu \tChu \tJiang \tFeng \tBei \tCay \tBian \tSui \tQun \tLing \tFu \tZuo " +
  "\tXia \tXiong \tXie\tNao \tXia \tKui \tXi \tWai \tYuan \tMao \tSu \tDuo \tDuo \tYe \tQing \tUys \tGo" +
  "u \tGou \tQi \tMeng \tMeng \tYin \tHuo \tChen \tDa \tZe \tTian \tTai \tFu \tGuai \tYao \tYang \tHang" +
  " \tGao \tShi \tBen \tTai \tTou \tYan \tBi \tYi \tKua \tJia \tDuo \tKwu \tKuang \tYun \tJia \tPa \tEn" +
  " \tLian \tHuan \tDi \tYan \tPao \tQuan \tQi \tNai \tFeng \tXie \tFen \tDian \tQuan\tKui \tZou \tHuan" +
  " \tQi \tKai \tZha \tBen \tYi \tJiang \tTao \tZang \tBen \tXi \tXiang \tFei \tDiao \tXun \tKeng \tDia" +
  "n \tAo \tShe \tWeng \tPan \tAo \tWu \tAo \tJiang \tLian \tDuo \tYun \tJiang \tShi \tFen \tHuo \tBi " +
  "\tLian \tDuo \tNu \tNu \tDing \tNai \tQian \tJian \tTa \tJiu \tNan \tCha \tHao \tXian \tFan \tJi \tS" +
  "huo \tRu \tFei \tWang \tHong \tZhuang \tFu \tMa \tDan \tRen \tFu \tJing \tYan \tXie \tWen \tZhong \t" +
  "Pa \tDu \tJi \tKeng \tZhong \tYao \tJin \tYun \tMiao \tPei \tShi \tYue \tZhuang \tNiu \tYan \tNa \tX" +
  "in \tFen \tBi \tYu \tTuo \tFeng \tYuan \tFang \tWu \tYu \tGui \tDu \tBa \tNi \tZhou \tZhuo \tZhao \t" +
  "Da \tNai \tYuan \tTou \tXuan \tZhi \tE \tMei \tMo \tQi \tBi \tShen \tQie \tE \tHe \tXu \tFa \tZheng " +
  "\tMin \tBan \tMu \tFu \tLing \tZi \tZi \tShi \tRan \tShan \tYang \tMan \tJie \tGu \tSi \tXing \tWei " +
  "\tZi \tJu \tShan \tPin \tRen \tYao \tTong \tJiang \tShu \tJi \tGai \tShang \tKuo \tJuan \tJiao \tGou" +
  " \tMu \tJian \tJian \tYi \tNian \tZhi \tJi \tJi \tXian \tHeng \tGuang \tJun \tKua \tYan \tMing \tLie" +
  " \tPei \tYan \tYou \tYan \tCha \tShen \tYin \tChi \tGui \tQuan \tZi \tSong \tWei \tHong \tWa \tLou " +
  "\tYa \tRao \tJiao \tLuan \tPing \tXian \tShao \tLi \tCheng \tXiao \tMang \tFu \tSuo \tWu \tWei \tKe " +
  "\tLai \tChuo \tDing \tNiang \tXing \tNan \tYu \tNuo \tPei \tNei \tJuan \tShen \tZhi \tHan \tDi \tZhu" +
  "ang \tE \tPin \tTui \tHan \tMian \tWu \tYan \tWu \tXi \tYan \tYu \tSi \tYu \tWa \tLi\tXian \tJu \tQu" +
  " \tShui \tQi \tXian \tZhui \tDong \tChang \tLu \tAi \tE \tE \tLou \tMian \tCong \tPou \tJu \tPo \tCa" +
  "i \tDing \tWan \tBiao \tXiao \tShu \tQi \tHui \tFu \tE \tWo \tTan \tFei \tWei \tJie \tTian \tNi \tQu" +
  "an \tJing \tHun \tJing \tQian \tDian \tXing \tHu \tWa \tLai \tBi \tYin \tChou \tChuo \tFu \tJing \tL" +
  "un \tYan \tLan \tKun \tYin \tYa \tJu \tLi \tDian \tXian \tHwa \tHua \tYing \tChan \tShen \tTing \tDa" +
  "ng \tYao \tWu \tNan \tRuo \tJia \tTou \tXu \tYu \tWei \tTi \tRou \tMei \tDan \tRuan \tQin \tHui \tWu" +
  " \tQian \tChun \tMao \tFu \tJie \tDuan \tXi \tZhong \tMei \tHuang \tMian \tAn \tYing \tXuan \tJie \t" +
  "Wei \tMei \tYuan \tZhen \tQiu \tTi \tXie \tTuo \tLian \tMao \tRan \tSi \tPian \tWei \tWa \tJiu \tHu " +
  "\tAo \tJie\tBou \tXu \tTou \tGui \tZou \tYao \tPi \tXi \tYuan \tYing \tRong \tRu \tChi \tLiu \tMei " +
  "\tPan \tAo \tMa \tGou \tKui \tQin \tJia \tSao \tZhen \tYuan \tCha \tYong \tMing \tYing \tJi \tSu \tN" +
  "iao \tXian \tTao \tPang \tLang \tNao \tBao \tAi \tPi \tPin \tYi \tPiao \tYu \tLei \tXuan \tMan \tYi " +
  "\tZhang \tKang \tYong \tNi \tLi \tDi \tGui \tYan \tJin \tZhuan \tChang \tCe \tHan \tNen \tLao \tMo " +
  "\tZhe \tHu \tHu \tAo \tNen \tQiang \tMa \tPie \tGu \tWu \tJiao \tTuo \tZhan \tMao \tXian \tXian \tMo" +
  " \tLiao \tLian \tHua \tGui \tDeng \tZhi \tXu \tYi \tHua \tXi \tHui \tRao \tXi \tYan \tChan \tJiao \t" +
  "Mei \tFan \tFan \tXian \tYi \tWei \tJiao \tFu \tShi \tBi \tShan \tSui \tQiang \tLian \tHuan \tXin \t" +
  "Niao \tDong \tYi \tCan \tAi \tNiang \tNeng \tMa \tTiao \tChou \tJin \tCi \tYu \tPin \tYong \tXu \tNa" +
  "i \tYan \tTai \tYing \tCan \tNiao \tWo \tYing \tMian \tKaka \tMa \tShen \tXing \tNi \tDu \tLiu \tYua" +
  "n \tLan \tYan \tShuang \tLing \tJiao \tNiang \tLan \tXian \tYing \tShuang \tShuai \tQuan \tMi \tLi " +
  "\tLuan \tYan \tZhu \tLan \tZi \tJie \tJue \tJue \tKong \tYun \tZi \tZi \tCun \tSun \tFu \tBei \tZi " +
  "\tXiao \tXin \tMeng \tSi \tTai \tBao \tJi \tGu \tNu \tXue \tYou\tZhuan \tHai \tLuan \tSun \tHuai \tM" +
  "ie \tCong \tQian \tShu \tChan \tYa \tZi \tNi \tFu \tZi \tLi \tXue \tBo \tRu \tLai \tNie \tNie \tYing" +
  " \tLuan \tMian \tZhu \tRong \tTa \tGui \tZhai \tQiong \tYu \tShou \tAn \tTu \tSong \tWan \tRou \tYao" +
  " \tHong \tYi \tJing \tZhun \tMi \tZhu \tDang \tHong \tZong \tGuan \tZhou \tDing \tWan \tYi \tBao \tS" +
  "hi \tShi \tChong \tShen \tKe \tXuan \tShi \tYou \tHuan \tYi \tTiao \tShi \tXian \tGong \tCheng \tQun" +
  " \tGong \tXiao \tZai \tZha \tBao \tHai \tYan \tXiao \tJia \tShen \tChen \tRong \tHuang \tMi \tKou \t" +
  "Kuan \tBin \tSu \tCai \tZan \tJi \tYuan \tJi \tYin \tMi \tKou \tQing \tQue \tZhen \tJian \tFu \tNing" +
  " \tBing \tHuan \tMei \tQin \tHan \tYu \tShi \tNing \tQin \tNing \tZhi \tYu \tBao \tKuan \tNing \tQin" +
  " \tMo \tCha \tJu \tGua \tQin \tHu \tWu \tLiao \tShi \tZhu \tZhai \tShen \tWei \tXie \tKuan \tHui \tL" +
  "iao \tJun \tHuan \tYi \tYi \tBao \tQin \tChong \tBao \tFeng \tCun \tDui \tSi \tXun \tDao \tLu \tDui " +
  "\tShou \tPo \tFeng \tZhuan \tFu \tShe \tKe \tJiang \tJiang \tZhuan \tWei \tZun \tXun \tShu \tDui \tD" +
  "ao \tXiao \tJi \tShao \tEr \tEr \tEr \tGa \tJian \tShu \tChen \tShang \tShang \tMo \tGa \tChang \tLi" +
  "ao \tXian \tXian \tKun\tWang \tWang \tYou \tLiao \tLiao \tYao \tMang \tWang \tWang \tWang \tGa \tYao" +
  " \tDuo \tKui \tZhong \tJiu \tGan \tGu \tGan \tTui \tGan \tGan \tShi \tYin \tChi \tKao \tNi \tJin \tW" +
  "ei \tNiao \tJu \tPi \tCeng \tXi \tBi \tJu \tJie \tTian \tQu \tTi \tJie \tWu \tDiao \tShi \tShi \tPin" +
  "g \tJi \tXie \tChen \tXi \tNi \tZhan \tXi \tWei\tMan \tE \tLou \tPing \tTi \tFei \tShu \tXie \tTu \t" +
  "Lu \tLu \tXi \tCeng \tLu \tJu \tXie \tJu \tJue \tLiao \tJue \tShu \tXi \tChe \tTun \tNi \tShan \tWa" +
  "\tXian \tLi \tXue \tNata \tHui\tLong \tYi \tQi \tRen \tWu \tHan \tShen \tYu \tChu \tSui \tQi \tRen\t" +
  "Yue \tBan \tYao \tAng \tYa \tWu \tJie \tE \tJi \tQian \tFen \tYuan \tQi \tCen \tQian \tQi \tCha \tJi" +
  "e \tQu \tGang \tXian \tAo \tLan \tDao \tBa \tZuo \tZuo \tYang \tJu \tGang \tKe \tGou \tXue \tBei \tL" +
  "i \tTiao \tJu \tYan \tFu \tXiu \tJia \tLing \tTuo \tPei \tYou \tDai \tKuang \tYue \tQu \tHu \tPo \tM" +
  "in \tAn \tTiao \tLing \tChi \tYuri \tDong \tCem \tKui \tXiu \tMao \tTong \tXue \tYi \tKura \tHe \tKe" +
  " \tLuo \tE \tFu \tXun \tDie \tLu \tAn \tEr \tGai \tQuan \tTong \tYi \tMu \tShi \tAn \tWei \tHu \tZhi" +
  " \tMi \tLi \tJi \tTong \tWei \tYou \tSang \tXia \tLi \tYao \tJiao \tZheng \tLuan \tJiao \tE \tE \tYu" +
  " \tYe \tBu \tQiao \tQun \tFeng \tFeng \tNao \tLi \tYou \tXian \tHong \tDao \tShen \tCheng \tTu \tGen" +
  "g \tJun \tHao \tXia \tYin \tYu \tLang \tKan \tLao \tLai \tXian \tQue \tKong \tChong \tChong \tTa \tL" +
  "in \tHua \tJu \tLai \tQi \tMin \tKun \tKun \tZu \tGu \tCui \tYa \tYa \tGang \tLun \tLun \tLeng \tJue" +
  " \tDuo \tZheng \tGuo \tYin \tDong \tHan \tZheng \tWei \tYao \tPi \tYan \tSong \tJie \tBeng \tZu \tJu" +
  "e \tDong \tZhan \tGu \tYin \tZi\tZe \tHuang \tYu \tWei \tYang \tFeng \tQiu \tDun \tTi \tYi \tZhi \tS" +
  "hi \tZai \tYao \tE \tZhu \tKan \tLu \tYan \tMei \tGan \tJi \tJi \tHuan \tTing \tSheng \tMei \tQian " +
  "\tWu \tYu \tZong \tLan \tJue \tYan \tYan \tWei \tZong \tCha \tSui \tRong \tYamashina \tQin \tYu \tKe" +
  "washii \tLou \tTu \tDui \tXi \tWeng \tCang \tDang \tHong \tJie \tAi \tLiu \tWu \tSong \tQiao \tZi \t" +
  "Wei \tBeng \tDian \tCuo \tQian \tYong \tNie \tCuo \tJi \tShi\tTao \tSong \tZong \tJiang \tLiao \tKan" +
  "g \tChan \tDie \tCen \tDing \tTu \tLou \tZhang \tZhan \tZhan \tAo \tCao \tQu \tQiang \tZui \tZui \tD" +
  "ao \tDao \tXi \tYu \tBo \tLong \tXiang \tCeng \tBo \tQin \tJiao \tYan \tLao \tZhan \tLin \tLiao \tLi" +
  "ao \tJin \tDeng \tDuo \tZun \tJiao \tGui \tYao \tQiao \tYao \tJue \tZhan \tYi \tXue \tNao \tYe \tYe " +
  "\tYi \tE \tXian \tJi \tXie \tKe \tXi \tDi \tAo \tZui \tWei\tNi \tRong \tDao \tLing \tZa \tYu \tYue " +
  "\tYin \tRu\tJie \tLi \tSui \tLong \tLong \tDian \tYing \tXi \tJu \tChan \tYing \tKui \tYan \tWei \tN" +
  "ao \tQuan \tChao \tCuan \tLuan \tDian \tDian \tNie\tYan \tYan \tYan \tNao \tYan \tChuan \tGui \tChua" +
  "n \tZhou \tHuang \tJing \tXun \tChao \tChao \tLie \tGong \tZuo \tQiao \tJu \tGong \tKek \tWu \tPwu " +
  "\tPwu \tChai \tQiu \tQiu \tJi \tYi \tSi \tBa \tZhi \tZhao \tXiang \tYi \tJin \tXun \tJuan \tPhas \tX" +
  "un \tJin \tFu \tZa \tBi \tShi \tBu \tDing \tShuai \tFan \tNie \tShi \tFen \tPa \tZhi \tXi \tHu \tDan" +
  " \tWei \tZhang \tTang \tDai \tMa \tPei \tPa \tTie \tFu \tLian \tZhi \tZhou \tBo \tZhi \tDi \tMo \tYi" +
  " \tYi \tPing \tQia \tJuan \tRu \tShuai \tDai \tZheng \tShui \tQiao \tZhen \tShi \tQun \tXi \tBang \t" +
  "Dai \tGui \tChou \tPing \tZhang \tSha \tWan \tDai \tWei \tChang \tSha \tQi \tZe \tGuo \tMao \tDu \tH" +
  "ou \tZheng \tXu \tMi \tWei \tWo \tFu \tYi \tBang \tPing \tTazuna \tGong \tPan \tHuang \tDao \tMi \tJ" +
  "ia \tTeng \tHui \tZhong \tShan \tMan \tMu \tBiao \tGuo \tZe \tMu \tBang \tZhang \tJiong \tChan \tFu " +
  "\tZhi \tHu \tFan \tChuang \tBi \tHei \tZhang\tMi \tQiao \tChan \tFen \tMeng \tBang \tChou \tMie \tCh" +
  "u \tJie \tXian \tLan \tGan \tPing \tNian \tQian \tBing \tBing \tXing \tGan \tYao \tHuan \tYou \tYou " +
  "\tJi \tYan \tPi \tTing \tZe \tGuang \tZhuang \tMo \tQing \tBi \tQin \tDun \tChuang \tGui \tYa \tBai " +
  "\tJie \tXu \tLu \tWu \tZhuang\tKu \tYing \tDi \tPao \tDian \tYa \tMiao \tGeng \tCi \tFu \tTong \tPan" +
  "g \tFei \tXiang \tYi \tZhi \tTiao \tZhi \tXiu \tDu \tZuo \tXiao \tTu \tGui \tKu \tPang \tTing \tYou " +
  "\tBu \tDing \tCheng \tLai \tBei \tJi \tAn \tShu \tKang \tYong \tTuo \tSong \tShu \tQing \tYu \tYu \t" +
  "Miao \tSou \tCe \tXiang \tFei \tJiu \tHe \tHui \tLiu \tSha \tLian \tLang \tSou \tJian \tPou \tQing " +
  "\tJiu \tJiu \tQin \tAo \tKuo \tLou \tYin \tLiao \tDai \tLu \tYi \tChu \tChan \tTu \tSi \tXin \tMiao " +
  "\tChang \tWu \tFei \tGuang \tKoc \tKuai \tBi \tQiang \tXie \tLin \tLin \tLiao \tLu \tJi\tYing \tXian" +
  " \tTing \tYong \tLi \tTing \tYin \tXun \tYan \tTing \tDi \tPo \tJian \tHui \tNai \tHui \tGong \tNian" +
  " \tKai \tBian \tYi \tQi \tNong \tFen \tJu \tYan \tYi \tZang \tBi \tYi \tYi \tEr \tSan \tShi \tEr \tS" +
  "hi \tShi \tGong \tDiao \tYin \tHu \tFu \tHong \tWu \tTui \tChi \tJiang \tBa \tShen \tDi \tZhang \tJu" +
  "e \tTao \tFu \tDi \tMi \tXian \tHu \tChao \tNu \tJing \tZhen \tYi \tMi \tQuan \tWan \tShao \tRuo \tX" +
  "uan \tJing \tDun \tZhang \tJiang \tQiang \tPeng \tDan \tQiang \tBi \tBi \tShe \tDan \tJian \tGou \tS" +
  "ei \tFa \tBi \tKou \tNagi \tBie \tXiao \tDan \tKuo \tQiang \tHong \tMi \tKuo \tWan \tJue \tJi \tJi " +
  "\tGui \tDang \tLu \tLu \tTuan \tHui \tZhi \tHui \tHui \tYi \tYi \tYi \tYi \tHuo \tHuo \tShan \tXing " +
  "\tWen \tTong \tYan \tYan \tYu \tChi \tCai \tBiao \tDiao \tBin \tPeng \tYong \tPiao \tZhang \tYing \t" +
  "Chi \tChi \tZhuo \tTuo \tJi \tPang \tZhong \tYi \tWang \tChe \tBi \tChi \tLing \tFu \tWang \tZheng " +
  "\tCu \tWang \tJing \tDai \tXi \tXun \tHen \tYang \tHuai \tLu \tHou \tWa \tCheng \tZhi \tXu \tJing \t" +
  "Tu \tCong \tZhi\tLai \tCong \tDe \tPai \tXi \tDong\tQi \tChang \tZhi \tCong \tZhou \tLai \tYu \tXie " +
  "\tJie \tJian \tChi \tJia \tBian \tHuang \tFu \tXun \tWei \tPang \tYao \tWei \tXi \tZheng \tPiao \tCh" +
  "i \tDe \tZheng \tZheng \tBie \tDe \tChong \tChe \tJiao \tWei \tJiao \tHui \tMei \tLong \tXiang \tBao" +
  " \tQu \tXin \tShu \tBi \tYi \tLe \tRen \tDao \tDing \tGai \tJi \tRen \tRen \tChan \tTan \tTe \tTe \t" +
  "Gan \tQi \tShi \tCun \tZhi \tWang \tMang \tXi \tFan \tYing \tTian \tMin \tMin \tZhong \tChong \tWu " +
  "\tJi \tWu \tXi \tYe \tYou \tWan \tCong \tZhong \tKuai \tYu \tBian \tZhi \tQi \tCui \tChen \tTai \tTu" +
  "n \tQian \tNian \tHun \tXiong \tNiu \tWang \tXian \tXin \tKang \tHu \tKai \tFen \tHuai \tTai \tSong " +
  "\tWu \tOu \tChang \tChuang \tJu \tYi \tBao \tChao \tMin \tPei \tZuo \tZen \tYang \tKou \tBan \tNu \t" +
  "Nao \tZheng \tPa \tBu \tTie \tGu \tHu \tJu \tDa \tLian \tSi \tChou \tDi \tDai \tYi \tTu \tYou \tFu " +
  "\tJi \tPeng \tXing \tYuan \tNi \tGuai \tFu \tXi \tBi \tYou \tQie \tXuan \tCong \tBing \tHuang \tXu " +
  "\tChu \tPi \tXi \tXi \tTan \tKoraeru \tZong \tDui \tMo\tKi \tYi \tChi \tRen \tXun \tShi \tXi \tLao " +
  "\tHeng \tKuang \tMu \tZhi \tXie \tLian \tTiao \tHuang \tDie \tHao \tKong \tGui \tHeng \tXi \tXiao \t" +
  "Shu \tS \tKua \tQiu \tYang \tHui \tHui \tChi \tJia \tYi \tXiong \tGuai \tLin \tHui \tZi \tXu \tChi " +
  "\tXiang \tNu \tHen \tEn \tKe \tTong \tTian \tGong \tQuan \tXi \tQia \tYue \tPeng \tKen \tDe \tHui \t" +
  "E \tKyuu \tTong \tYan \tKai \tCe \tNao \tYun \tMang \tYong \tYong \tYuan \tPi \tKun \tQiao \tYue \tY" +
  "u \tYu \tJie \tXi \tZhe \tLin \tTi \tHan \tHao \tQie \tTi \tBu \tYi \tQian \tHui \tXi \tBei \tMan \t" +
  "Yi \tHeng \tSong \tQuan \tCheng \tHui \tWu \tWu \tYou \tLi \tLiang \tHuan \tCong \tYi \tYue \tLi \tN" +
  "in \tNao \tE \tQue \tXuan \tQian \tWu \tMin \tCong \tFei \tBei \tDuo \tCui \tChang \tMen \tLi \tJi " +
  "\tGuan \tGuan \tXing \tDao \tQi \tKong \tTian \tLun \tXi \tKan \tKun \tNi \tQing \tChou \tDun \tGuo " +
  "\tChan \tLiang \tWan \tYuan \tJin \tJi \tLin \tYu \tHuo \tHe \tQuan \tTan \tTi \tTi \tNie \tWang \tC" +
  "huo \tBu \tHun \tXi \tTang \tXin \tWei \tHui \tE \tRui \tZong \tJian \tYong \tDian \tJu \tCan \tChen" +
  "g \tDe \tBei \tQie \tCan \tDan \tGuan \tDuo \tNao \tYun \tXiang \tZhui \tDie \tHuang \tChun \tQiong " +
  "\tRe \tXing \tCe \tBian \tHun \tZong \tTi \tQiao \tChou \tBei \tXuan \tWei \tGe \tQian \tWei \tYu \t" +
  "Yu \tBi \tXuan \tHuan \tMin \tBi \tYi \tMian \tYong \tKai \tDang \tYin \tE \tChen \tMou \tKe \tKe \t" +
  "Yu \tAi \tQie \tYan \tNuo \tGan \tYun \tZong \tSai \tLeng \tFen \tYing\tKui \tKui \tQue \tGong \tYun" +
  " \tSu \tSu \tQi \tYao \tSong \tHuang \tJi \tGu \tJu \tChuang \tNi \tXie \tKai \tZheng \tYong \tCao " +
  "\tSun \tShen \tBo \tKai \tYuan \tXie \tHun \tYong \tYang \tLi \tSao \tTao \tYin \tCi \tXu \tQian \tT" +
  "ai \tHuang \tYun \tShen \tMing \tGong\tShe \tCong \tPiao \tMo \tMu \tGuo \tChi \tCan \tCan \tCan \tC" +
  "ui \tMin \tTe \tZhang \tTong \tAo \tShuang \tMan \tGuan \tQue \tZao \tJiu \tHui \tKai \tLian \tOu \t" +
  "Song \tJin \tYin \tLu \tShang \tWei \tTuan \tMan \tQian \tShe \tYong \tQing \tKang \tDi \tZhi \tLou " +
  "\tJuan \tQi \tQi \tYu \tPing \tLiao \tCong \tYou \tChong \tZhi \tTong \tCheng \tQi \tQu \tPeng \tBei" +
  " \tBie \tChun \tJiao \tZeng \tChi \tLian \tPing \tKui \tHui \tQiao \tCheng \tYin \tYin \tXi \tXi \tD" +
  "an \tTan \tDuo \tDui \tDui \tSu \tJue \tCe \tXiao \tFan \tFen \tLao \tLao \tChong \tHan \tQi \tXian " +
  "\tMin \tJing \tLiao \tWu \tCan \tJue \tCu \tXian \tTan \tSheng \tPi \tYi \tChu \tXian \tNao \tDan \t" +
  "Tan \tJing \tSong \tHan \tJiao \tWai \tHuan \tDong \tQin \tQin \tQu \tCao \tKen \tXie \tYing \tAo \t" +
  "Mao \tYi \tLin \tSe \tJun \tHuai \tMen \tLan \tAi \tLin \tYan \tGua \tXia \tChi \tYu \tYin \tDai \tM" +
  "eng \tAi \tMeng \tDui \tQi \tMo \tLan \tMen \tChou \tZhi \tNuo \tNuo \tYan \tYang \tBo \tZhi \tKuang" +
  " \tKuang \tYou \tFu \tLiu \tMie \tCheng \tHui\tChan \tMeng \tLan \tHuai \tXuan \tRang \tChan \tJi \t" +
  "Ju \tHuan \tShe \tYi \tLian \tNan \tMi \tTang \tJue \tGang \tGang \tGang \tGe \tYue \tWu \tJian \tXu" +
  " \tShu \tRong \tXi \tCheng \tWo \tJie \tGe \tJian \tQiang \tHuo \tQiang \tZhan \tDong \tQi \tJia \tD" +
  "ie \tZei \tJia \tJi \tShi \tKan \tJi \tKui \tGai \tDeng \tZhan \tChuang \tGe \tJian \tJie \tYu \tJia" +
  "n \tYan \tLu \tXi \tZhan \tXi \tXi \tChuo \tDai \tQu \tHu \tHu \tHu \tE \tShi \tLi \tMao \tHu \tLi " +
  "\tFang \tSuo \tBian \tDian \tJiong \tShang \tYi \tYi \tShan \tHu \tFei \tYan \tShou \tT \tCai \tZha " +
  "\tQiu \tLe \tBu \tBa \tDa \tReng \tFu \tHameru \tZai \tTuo \tZhang \tDiao \tKang \tYu \tKu \tHan \tS" +
  "hen \tCha \tYi \tGu \tKou \tWu \tTuo \tQian \tZhi \tRen \tKuo \tMen \tSao \tYang \tNiu \tBan \tChe " +
  "\tRao \tXi \tQian \tBan \tJia \tYu \tFu \tAo \tXi \tPi \tZhi \tZi \tE \tDun \tZhao \tCheng \tJi \tYa" +
  "n \tKuang \tBian \tChao \tJu \tWen \tHu \tYue \tJue \tBa \tQin \tZhen \tZheng \tYun \tWan \tNu \tYi " +
  "\tShu \tZhua \tPou \tTou \tDou \tKang \tZhe \tPou \tFu \tPao \tBa \tAo \tZe \tTuan \tKou \tLun \tQia" +
  "ng \tYun\tHu \tBao \tBing \tZhi \tPeng \tTan \tPu \tPi \tTai \tYao \tZhen \tZha \tYang \tBao \tHe \t" +
  "Ni \tYi \tDi \tChi \tPi \tZa \tMo \tMo \tShen \tYa \tChou \tQu \tMin \tChu \tJia \tFu \tZhan \tZhu " +
  "\tDan \tChai \tMu \tNian \tLa \tFu \tPao \tBan \tPai \tLing \tNa \tGuai \tQian \tJu \tTuo \tBa \tTuo" +
  " \tTuo \tAo \tJu \tZhuo \tPan \tZhao \tBai \tBai \tDi \tNi \tJu \tKuo \tLong \tJian \tQia\tYong \tLa" +
  "n \tNing \tBo \tZe \tQian \tHen \tGua \tShi \tJie \tZheng \tNin \tGong \tGong \tQuan \tShuan \tCun " +
  "\tZan \tKao \tChi \tXie \tCe \tHui \tPin \tZhuai \tShi \tNa \tBo \tChi \tGua \tZhi \tKuo \tDuo \tDuo" +
  " \tZhi \tQie \tAn \tNong \tZhen \tGe \tJiao \tKu \tDong \tRu \tTiao \tLie \tZha \tLu \tDie \tWa \tJu" +
  "e \tMushiru \tJu \tZhi \tLuan \tYa \tZhua \tTa \tXie \tNao \tDang \tJiao \tZheng \tJi \tHui \tXun \t" +
  "Ku \tAi \tTuo \tNuo \tCuo \tBo \tGeng \tTi \tZhen \tCheng \tSuo \tSuo \tKeng \tMei \tLong \tJu \tPen" +
  "g \tJian \tYi \tTing \tShan \tNuo \tWan \tXie \tCha \tFeng \tJiao \tWu \tJun \tJiu \tTong \tKun \tHu" +
  "o \tTu \tZhuo \tPou \tLe \tBa \tHan \tShao \tNie \tJuan \tZe \tSong \tYe \tJue \tBu \tHuan \tBu \tZu" +
  "n \tYi \tZhai \tLu \tSou \tTuo \tLao \tSun \tBang \tJian \tHuan \tDao \tWei\tWan \tQin \tPeng \tShe " +
  "\tLie \tMin \tMen \tFu \tBai \tJu \tDao \tWo \tAi \tJuan \tYue \tZong \tChen \tChui \tJie \tTu \tBen" +
  " \tNa \tNian \tNuo \tZu \tWo \tXi \tXian \tCheng \tDian \tSao \tLun \tQing \tGang \tDuo \tShou \tDia" +
  "o \tPou \tDi \tZhang \tGun \tJi \tTao \tQia \tQi \tPai \tShu \tQian \tLing \tYi \tYa \tJue \tZheng " +
  "\tLiang \tGua \tYi \tHuo \tShan \tZheng \tLue \tCai \tTan \tChe \tBing \tJie \tTi \tKong \tTui \tYan" +
  " \tCuo \tZou \tJu \tTian \tQian \tKen \tBai \tShou \tJie \tLu \tGuo \tHaba \tJie\tZhi \tDan \tMang " +
  "\tXian \tSao \tGuan \tPeng \tYuan \tNuo \tJian \tZhen \tJiu \tJian \tYu \tYan \tKui \tNan \tHong \tR" +
  "ou \tPi \tWei \tSai \tZou \tXuan \tMiao \tTi \tNie \tCha \tShi \tZong \tZhen \tYi \tShun \tHeng \tBi" +
  "an \tYang \tHuan \tYan \tZuan \tAn \tXu \tYa \tWo \tKe \tChuai \tJi \tTi \tLa \tLa \tCheng \tKai \tJ" +
  "iu \tJiu \tTu \tJie \tHui \tGeng \tChong \tShuo \tShe \tXie \tYuan \tQian \tYe \tCha \tZha \tBei \tY" +
  "ao \tWei\tBeng\tLan \tWen \tQin \tChan \tGe \tLou \tZong \tGeng \tJiao \tGou \tQin \tYong \tQue \tCh" +
  "ou \tChi \tZhan \tSun \tSun \tBo \tChu \tRong \tBeng \tCuo \tSao \tKe \tYao \tDao \tZhi \tNu \tXie " +
  "\tJian \tSou \tQiu \tGao \tXian \tShuo \tSang \tJin \tMie \tE \tChui \tNuo \tShan \tTa \tJie \tTang " +
  "\tPan \tBan \tDa \tLi \tTao \tHu \tZhi \tWa \tXia \tQian \tWen \tQiang \tTian \tZhen \tE \tXi \tNuo " +
  "\tQuan \tCha \tZha \tGe \tWu \tEn \tShe \tKang \tShe \tShu \tBai \tYao \tBin \tSou \tTan \tSa \tChan" +
  " \tSuo \tLiao \tChong \tChuang \tGuo \tBing \tFeng \tShuai \tDi \tQi \tSou \tZhai \tLian \tTang \tCh" +
  "i \tGuan \tLu \tLuo \tLou \tZong \tGai \tHu \tZha \tChuang \tTang \tHua \tCui \tNai \tMo \tJiang \tG" +
  "ui \tYing \tZhi \tAo \tZhi \tNie \tMan \tShan \tKou \tShu \tSuo \tTuan \tJiao \tMo \tMo \tZhe \tXian" +
  " \tKeng \tPiao \tJiang \tYin \tGou \tQian \tLue \tJi \tYing \tJue \tPie \tPie \tLao \tDun \tXian \tR" +
  "uan \tKui \tZan \tYi \tXun \tCheng \tCheng \tSa \tNao \tHeng \tSi \tQian \tHuang \tDa \tZun \tNian " +
  "\tLin \tZheng \tHui \tZhuang \tJiao \tJi \tCao \tDan \tDan \tChe \tBo \tChe \tJue \tXiao \tLiao \tBe" +
  "n \tFu \tQiao \tBo \tCuo \tZhuo \tZhuan \tTuo \tPu \tQin \tDun \tNian \tHua\tXie \tLu \tJiao \tCuan " +
  "\tTa \tHan \tQiao \tZhua \tJian \tGan \tYong \tLei \tKuo \tLu \tShan \tZhuo \tZe \tPu \tChuo \tJi \t" +
  "Dang \tSuo \tCao \tQing \tJing \tHuan \tJie \tQin \tKuai \tDan \tXi \tGe \tPi \tBo \tAo \tJu \tYe \t" +
  "E\tMang \tSou \tMi \tJi \tTai \tZhuo \tDao \tXing \tLan \tCa \tJu \tYe \tRu \tYe \tYe \tNi \tHu \tJi" +
  " \tBin \tNing \tGe \tZhi \tJie \tKuo \tMo \tJian \tXie \tLie \tTan \tBai \tSou \tLu \tLue \tRao \tZh" +
  "i \tPan \tYang \tLei \tSa \tShu \tZan \tNian \tXian \tJun \tHuo \tLi \tLa \tHan \tYing \tLu \tLong " +
  "\tQian \tQian \tZan \tQian \tLan \tSan \tYing \tMei \tRang \tChan \tWeng\tCuan \tXi \tShe \tLuo \tJu" +
  "n \tMi \tLi \tZan \tLuan \tTan \tZuan \tLi \tDian \tWa \tDang \tJiao \tJue \tLan \tLi \tNang \tZhi " +
  "\tGui \tGui \tQi \tXin \tPu \tSui \tShou \tKao \tYou \tGai \tYi \tGong \tGan \tBan \tFang \tZheng \t" +
  "Bo \tDian \tKou \tMin \tWu \tGu \tHe \tCe \tXiao \tMi \tChu \tGe \tDi \tXu \tJiao \tMin \tChen \tJiu" +
  " \tZhen \tDuo \tYu \tChi \tAo \tBai \tXu \tJiao \tDuo \tLian \tNie \tBi \tChang \tDian \tDuo \tYi \t" +
  "Gan \tSan \tKe \tYan \tDun \tQi \tDou \tXiao \tDuo \tJiao \tJing \tYang \tXia \tMin \tShu \tAi \tQia" +
  "o \tAi \tZheng \tDi \tZhen \tFu \tShu \tLiao \tQu \tXiong \tXi \tJiao \tSen \tJiao \tZhuo \tYi \tLia" +
  "n \tBi \tLi \tXiao \tXiao \tWen \tXue \tQi \tQi \tZhai \tBin \tJue \tZhai \tLang\tFei \tBan \tBan \t" +
  "Lan \tYu \tLan \tWei \tDou \tSheng \tLiao \tJia \tHu \tXie \tJia \tYu \tZhen \tJiao \tWo \tTou \tChu" +
  " \tJin \tChi \tYin \tFu \tQiang \tZhan \tQu \tZhuo \tZhan \tDuan \tZhuo \tSi \tXin \tZhuo \tZhuo \tQ" +
  "in \tLin \tZhuo \tChu \tDuan \tZhu \tFang \tXie \tHang \tYu \tShi \tPei \tYou \tMye \tPang \tQi \tZh" +
  "an \tMao \tLv \tPei \tPi \tLiu \tFu \tFang \tXuan \tJing \tJing \tNi \tZu \tZhao \tYi \tLiu \tShao " +
  "\tJian \tEs \tYi \tQi \tZhi \tFan \tPiao \tFan \tZhan \tGuai \tSui \tYu \tWu \tJi \tJi \tJi \tHuo \t" +
  "Ri \tDan \tJiu \tZhi \tZao \tXie \tTiao \tXun \tXu \tXu \tXu \tGan \tHan \tTai \tDi \tXu \tChan \tSh" +
  "i \tKuang \tYang \tShi \tWang \tMin \tMin \tTun \tChun \tWu \tYun \tBei \tAng \tZe \tBan \tJie \tKun" +
  " \tSheng \tHu \tFang \tHao \tGui \tChang \tXuan \tMing \tHun \tFen \tQin \tHu \tYi \tXi \tXin \tYan " +
  "\tZe \tFang \tTan \tShen \tJu \tYang \tZan \tBing \tXing \tYing \tXuan \tPei \tZhen \tLing \tChun \t" +
  "Hao \tMei \tZuo \tMo \tBian \tXu \tHun \tZhao \tZong \tShi \tShi \tYu \tFei \tDie \tMao \tNi \tChang" +
  " \tWen \tDong \tAi \tBing \tAng \tZhou \tLong \tXian \tKuang \tTiao \tChao \tShi \tHuang \tHuang \tX" +
  "uan \tKui \tXu \tJiao \tJin \tZhi \tJin \tShang \tTong \tHong \tYan \tGai \tXiang \tShai \tXiao \tYe" +
  " \tYun \tHui \tHan \tHan \tJun \tWan \tXian \tKun \tZhou \tXi \tCheng \tSheng \tBu \tZhe \tZhe \tWu " +
  "\tHan \tHui \tHao \tChen \tWan \tTian \tZhuo \tZui \tZhou \tPu \tJing \tXi \tShan \tYi \tXi \tQing " +
  "\tQi \tJing \tGui \tZhen \tYi \tZhi \tAn \tWan \tLin \tLiang \tChang \tWang \tXiao \tZan \tHi \tXuan" +
  " \tXuan \tYi \tXia \tYun \tHui \tFu \tMin \tKui \tHe \tYing \tDu \tWei \tShu \tQing \tMao \tNan \tJi" +
  "an \tNuan \tAn \tYang \tChun \tYao \tSuo \tJin \tMing \tJiao \tKai \tGao \tWeng \tChang \tQi \tHao " +
  "\tYan \tLi \tAi \tJi \tGui \tMen \tZan \tXie \tHao \tMu \tMo \tCong \tNi \tZhang \tHui \tBao \tHan " +
  "\tXuan \tChuan \tLiao \tXian \tDan \tJing \tPie \tLin \tTun \tXi \tYi \tJi \tHuang \tTai \tYe \tYe " +
  "\tLi \tTan \tTong \tXiao \tFei \tQin \tZhao \tHao \tYi \tXiang \tXing \tSen \tJiao \tBao \tJing \tYi" +
  "an \tAi \tYe \tRu \tShu \tMeng \tXun \tYao \tPu \tLi \tChen \tKuang \tDie \tLiao\tYan \tHuo \tLu \tX" +
  "i \tRong \tLong \tNang \tLuo \tLuan \tShai \tTang \tYan \tChu \tYue \tYue \tQu \tYi \tGeng \tYe \tHu" +
  " \tHe \tShu \tCao \tCao \tNoboru \tMan \tCeng \tCeng \tTi \tZui \tCan \tXu \tHui \tYin \tQie \tFen " +
  "\tPi \tYue \tYou \tRuan \tPeng \tBan \tFu \tLing \tFei \tQu \tTi\tNu \tTiao \tShuo \tZhen \tLang \tL" +
  "ang \tJuan \tMing \tHuang \tWang \tTun \tZhao \tJi \tQi \tYing \tZong \tWang \tTong \tLang \tLao\tMe" +
  "ng \tLong \tMu \tDeng \tWei \tMo \tBen \tZha \tZhu \tShu \tMu\tZhu \tRen \tBa \tPo \tDuo \tDuo \tDao" +
  " \tLi \tQiu \tJi \tJiu \tBi \tXiu \tTing \tCi \tSha \tEburi \tZa \tQuan \tQian \tYu \tGan \tWu \tCha" +
  " \tShan \tXun \tFan \tWu \tZi \tLi \tXing \tCai \tCun \tRen \tShao \tTuo \tDi \tZhang \tMang \tChi " +
  "\tYi \tGu \tGong \tDu \tYi \tQi \tShu \tGang \tTiao \tMoku \tSoma \tTochi \tLai \tSugi \tMang \tYang" +
  " \tMa \tMiao \tSi \tYuan \tHang \tFei \tBei \tJie \tDong \tGao \tYao \tXian \tChu \tQun \tPa \tShu " +
  "\tHua \tXin \tChou \tZhu \tChou \tSong \tBan \tSong \tJi \tYue \tJin \tGou \tJi \tMao \tPi \tBi \tWa" +
  "ng \tAng \tFang \tFen \tYi \tFu \tNan \tXi \tHu \tYa \tDou \tXun \tZhen \tYao \tLin \tRui \tE \tMei " +
  "\tZhao \tGuo \tZhi \tCong \tYun \tWaku \tDou \tShu \tZao \tDi\tLi \tHaze \tJian \tCheng \tMatsu \tQi" +
  "ang \tFeng \tNan \tXiao \tXian \tKu \tPing \tYi \tXi \tZhi \tGuai \tXiao \tJia \tJia \tGou \tFu \tMo" +
  " \tYi \tYe \tYe \tShi \tNie \tBi \tDuo \tYi \tLing \tBing \tNi \tLa \tHe \tPan \tFan \tZhong \tDai " +
  "\tCi \tYang \tFu \tBo \tMou \tGan \tQi \tRan \tRou \tMao \tZhao \tSong \tZhe \tXia \tYou \tShen \tJu" +
  " \tTuo \tZuo \tNan \tNing \tYong \tDi \tZhi \tZha \tCha \tDan \tGu \tPu \tJiu \tAo \tFu \tJian \tBo " +
  "\tDuo \tKe \tNai \tZhu \tBi \tLiu \tChai \tZha \tSi \tZhu \tPei \tShi \tGuai \tCha \tYao \tJue \tJiu" +
  " \tShi \tZhi \tLiu \tMei \tHoy \tRong \tZha \tZao\tBiao \tZhan \tJie \tLong \tDong \tLu \tSayng \tLi" +
  " \tLan \tYong \tShu \tXun \tShuan \tQi \tZhen \tQi \tLi \tYi \tXiang \tZhen \tLi \tSu \tGua \tKan \t" +
  "Bing \tRen \tXiao \tBo \tRen \tBing \tZi \tChou \tYi \tJie \tXu \tZhu \tJian \tZui \tEr \tEr \tYou " +
  "\tFa \tGong \tKao \tLao \tZhan \tLi \tYin \tYang \tHe \tGen \tZhi \tChi \tGe \tZai \tLuan \tFu \tJie" +
  " \tHang \tGui \tTao \tGuang \tWei \tKuang \tRu \tAn \tAn \tJuan \tYi \tZhuo \tKu \tZhi \tQiong \tTon" +
  "g \tSang \tSang \tHuan \tJie \tJiu \tXue \tDuo \tZhui \tYu \tZan \tKasei \tYing \tMasu \tLiu\tZhan " +
  "\tYa \tNao \tZhen \tDang \tQi \tQiao \tHua \tKuai \tJiang \tZhuang \tXun \tSuo \tSha \tZhen \tBei \t" +
  "Ting \tGua \tJing \tBo \tBen \tFu \tRui \tTong \tJue \tXi \tLang \tLiu \tFeng \tQi \tWen \tJun \tGan" +
  " \tCu \tLiang \tQiu \tTing \tYou \tMei \tBang \tLong \tPeng \tZhuang \tDi \tXuan \tTu \tZao \tAo \tG" +
  "u \tBi \tDi \tHan \tZi \tZhi \tRen \tBei \tGeng \tJian \tHuan \tWan \tNuo \tJia \tTiao \tJi \tXiao " +
  "\tLu \tHuan \tShao \tCen \tFen \tSong \tMeng \tWu \tLi \tLi \tDou \tCen \tYing \tSuo \tJu \tTi \tJie" +
  " \tKun \tZhuo \tShu \tChan \tFan \tWei \tJing \tLi \tBing \tFumoto \tShikimi \tTao \tZhi \tLai \tLia" +
  "n \tJian \tZhuo \tLing \tLi \tQi \tBing \tZhun \tCong \tQian \tMian \tQi \tQi \tCai \tGun \tChan \tT" +
  "e \tFei \tPai \tBang \tPou \tHun \tZong \tCheng \tZao \tJi \tLi \tPeng \tYu \tYu \tGu \tHun \tDong " +
  "\tTang \tGang \tWang \tDi \tXi \tFan \tCheng \tZhan \tQi \tYuan \tYan \tYu \tQuan \tYi \tSen \tRen " +
  "\tChui \tLeng \tQi \tZhuo \tFu \tKe \tLai \tZou \tZou \tZhuo \tGuan \tFen \tFen \tChen \tQiong \tNie" +
  " \tWan \tGuo \tLu \tHao \tJie \tYi \tChou \tJu \tJu \tCheng \tZuo \tLiang \tQiang \tZhi \tZhui \tYa " +
  "\tJu \tBei \tJiao \tZhuo \tZi \tBin \tPeng \tDing \tChu \tChang \tKunugi \tMomiji \tJian \tGui \tXi " +
  "\tDu \tQian \tKunugi \tSoko \tShide \tLuo \tZhi \tKen \tMyeng \tTafu \tGeng\tPeng \tZhan \tYi\tTuo " +
  "\tSen \tDuo \tYe \tFou \tWei \tWei \tDuan \tJia \tZong \tJian \tYi \tShen \tXi \tYan \tYan \tChuan " +
  "\tZhan \tChun \tYu \tHe \tZha \tWo \tPian \tBi \tYao \tHuo \tXu \tRuo \tYang \tLa \tYan \tBen \tHun " +
  "\tKui \tJie \tKui \tSi \tFeng \tXie \tTuo \tZhi \tJian \tMu \tMao \tChu \tHu \tHu \tLian \tLeng \tTi" +
  "ng \tNan \tYu \tYou \tMei \tSong \tXuan \tXuan \tYing \tZhen \tPian \tYe \tJi \tJie \tYe \tChu \tShu" +
  "n \tYu \tCou \tWei \tMei \tDi \tJi \tJie \tKai \tQiu \tYing \tRou \tHeng \tLou \tLe \tHazou \tKatsur" +
  "a \tPin \tMuro \tGai \tTan \tLan \tYun \tYu \tChen \tLu \tJu \tSakaki \tChu\tPi \tXie \tJia \tYi \tZ" +
  "han \tFu \tNai \tMi \tLang \tRong \tGu \tJian \tJu \tTa \tYao \tZhen \tBang \tSha \tYuan \tZi \tMing" +
  " \tSu \tJia \tYao \tJie \tHuang \tGan \tFei \tZha \tQian \tMa \tSun \tYuan \tXie \tRong \tShi \tZhi " +
  "\tCui \tYun \tTing \tLiu \tRong \tTang \tQue \tZhai \tSi \tSheng \tTa \tKe \tXi \tGu \tQi \tKao \tGa" +
  "o \tSun \tPan \tTao \tGe \tXun \tDian \tNou \tJi \tShuo \tGou \tChui \tQiang \tCha \tQian \tHuai \tM" +
  "ei \tXu \tGang \tGao \tZhuo \tTuo \tHashi \tYang \tDian \tJia \tJian \tZui \tKashi \tOri \tBin \tZhu" +
  " \tSang\tXi \tQi \tLian \tHui \tYong \tQian \tGuo \tGai \tGai \tTuan \tHua \tCu \tSen \tCui \tBeng " +
  "\tYou \tHu \tJiang \tHu \tHuan \tKui \tYi \tNie \tGao \tKang \tGui \tGui \tCao \tMan \tJin \tDi \tZh" +
  "uang \tLe \tLang \tChen \tCong \tLi \tXiu \tQing \tShuang \tFan \tTong \tGuan \tJi \tSuo \tLei \tLu " +
  "\tLiang \tMi \tLou \tChao \tSu \tKe \tShu \tTang \tBiao \tLu \tJiu \tShu \tZha \tShu \tZhang \tMen " +
  "\tMo \tNiao \tYang \tTiao \tPeng \tZhu \tSha \tXi \tQuan \tHeng \tJian \tCong \tJi\tHokuso \tQiang " +
  "\tTara \tYing \tEr \tXin \tZhi \tQiao \tZui \tCong \tPu \tShu \tHua \tKui \tZhen \tZun \tYue \tZhan " +
  "\tXi \tXun \tDian \tFa \tGan \tMo \tWu \tQiao \tNao \tLin \tLiu \tQiao \tXian \tRun \tFan \tZhan \tT" +
  "uo \tLao \tYun \tShun \tTui \tCheng \tTang \tMeng \tJu \tCheng \tSu \tJue \tJue \tTan \tHui \tJi \tN" +
  "uo \tXiang \tTuo \tNing \tRui \tZhu \tChuang \tZeng \tFen \tQiong \tRan \tHeng \tCen \tGu \tLiu \tLa" +
  "o \tGao \tChu \tZusa \tNude \tCa \tSan \tJi \tDou \tShou \tLu \tJian\tChu\tYuan \tTa \tShu \tJiang " +
  "\tTan \tLin \tNong \tYin \tXi \tSui \tShan \tZui \tXuan \tCheng \tGan \tJu \tZui \tYi \tQin \tPu \tY" +
  "an \tLei \tFeng \tHui \tDang \tJi \tSui \tBo \tBi \tDing \tChu \tZhua \tKuai \tJi \tJie \tJia \tQing" +
  " \tZhe \tJian \tQiang \tDao \tYi \tBiao \tSong \tShe \tLin \tKunugi \tCha \tMeng \tYin \tTao \tTai " +
  "\tMian \tQi \tToan \tBin \tHuo \tJi \tQian \tMi \tNing \tYi \tGao \tJian \tYin \tEr \tQing \tYan \tQ" +
  "i \tMi \tZhao \tGui \tChun \tJi \tKui \tPo \tDeng \tChu \tGe\tMian \tYou \tZhi \tGuang \tQian \tLei " +
  "\tLei \tSa \tLu \tLi \tCuan \tLu \tMie \tHui \tOu \tLu \tJie \tGao \tDu \tYuan \tLi \tFei \tZhuo \tS" +
  "ou \tLian \tTamo \tChu \tQing\tZhu \tLu \tYan \tLi \tZhu \tChen \tJie \tE \tSu \tHuai \tNie \tYu \tL" +
  "ong \tLai \tJiao\tXian \tKwi \tJu \tXiao \tLing \tYing \tJian \tYin \tYou \tYing \tXiang \tNong \tBo" +
  " \tChan \tLan \tJu \tShuang \tShe \tWei \tCong \tQuan \tQu \tCang \tJiu\tYu \tLuo \tLi \tZan \tLuan " +
  "\tDang \tJue \tEm \tLan \tLan \tZhu \tLei \tLi \tBa \tNang \tYu \tLing \tTsuki \tQian \tCi \tHuan \t" +
  "Xin \tYu \tYu \tQian \tOu \tXu \tChao \tChu \tChi \tKai \tYi \tJue \tXi \tXu \tXia \tYu \tKuai \tLan" +
  "g \tKuan \tShuo \tXi \tAi \tYi \tQi \tHu \tChi \tQin \tKuan \tKan \tKuan \tKan \tChuan \tSha \tGua " +
  "\tYin \tXin \tXie \tYu \tQian \tXiao \tYi \tGe \tWu \tTan \tJin \tOu \tHu \tTi \tHuan \tXu \tPen \tX" +
  "i \tXiao \tXu \tXi \tSen \tLian \tChu \tYi \tKan \tYu \tChuo \tHuan \tZhi \tZheng \tCi \tBu \tWu \tQ" +
  "i \tBu \tBu \tWai \tJu \tQian \tChi \tSe \tChi \tSe \tZhong \tSui \tSui \tLi \tCuo \tYu \tLi \tGui " +
  "\tDai \tDai \tSi \tJian \tZhe \tMo \tMo \tYao \tMo \tCu \tYang \tTian \tSheng \tDai \tShang \tXu \tX" +
  "un \tShu \tCan \tJue \tPiao \tQia \tQiu \tSu \tQing \tYun \tLian \tYi \tFou \tZhi \tYe \tCan \tHun " +
  "\tDan \tJi \tYe \tZhen \tYun \tWen \tChou \tBin \tTi \tJin \tShang \tYin \tDiao \tCu \tHui \tCuan \t" +
  "Yi \tDan \tDu \tJiang \tLian \tBin \tDu \tTsukusu \tJian \tShu \tOu \tDuan \tZhu \tYin \tQing \tYi " +
  "\tSha \tQue \tKe \tYao \tJun \tDian \tHui \tHui \tGu \tQue \tJi \tYi \tOu \tHui \tDuan \tYi \tXiao " +
  "\tWu \tGuan \tMu \tMei \tMei \tAi \tZuo \tDu \tYu \tBi \tBi \tBi \tPi \tPi \tBi \tChan \tMao \tHao\t" +
  "Cai\tPu \tMushiru \tJia \tZhan \tSai \tMu \tTuo \tXun \tEr \tRong \tXian \tJu \tMu \tHao \tQiu \tDou" +
  " \tMushiru \tTan \tPei \tJu \tDuo \tCui \tBi \tSan \tSan\tMao \tSui \tYu \tYu \tTuo \tHe \tJian \tTa" +
  " \tSan \tLu \tMu \tLi \tTong \tRong \tChang \tPu \tLuo \tZhan \tSao \tZhan \tMeng \tLuo \tQu \tDie " +
  "\tShi \tDi \tMin \tJue \tMang \tQi \tPie \tNai \tQi \tDao \tXian \tChuan \tFen \tRi \tNei \tBin\tFu " +
  "\tShen \tDong \tQing \tQi \tYin \tXi \tHai \tYang \tAn \tYa \tKe \tQing \tYa \tDong \tDan \tLu \tQin" +
  "g \tYang \tYun \tYun \tShui \tSan \tZheng \tBing \tYong \tDang \tShitamizu \tLe \tNi \tTun \tFan \tG" +
  "ui \tTing \tZhi \tQiu \tBin \tZe \tMian \tCuan \tHui \tDiao \tYi \tCha \tZhuo \tChuan \tWan \tFan \t" +
  "Dai \tXi \tTuo \tMang \tQiu \tQi \tShan \tPai \tHan \tQian \tWu \tWu \tXun \tSi \tRu \tGong \tJiang " +
  "\tChi \tWu \tTsuchi \tJiu\tTang \tZhi \tChi \tQian \tMi \tYu \tWang \tQing \tJing \tRui \tJun \tHong" +
  " \tTai \tQuan \tJi \tBian \tBian \tGan \tWen \tZhong \tFang \tXiong \tJue \tHang \tNiou \tQi \tFen " +
  "\tXu \tXu \tQin \tYi \tWo \tYun \tYuan \tHang \tYan \tChen \tChen \tDan \tYou \tDun \tHu \tHuo \tQie" +
  " \tMu \tRou \tMei \tTa \tMian \tWu \tChong \tTian \tBi \tSha \tZhi \tPei \tPan \tZhui \tZa \tGou \tL" +
  "iu \tMei \tZe \tFeng \tOu \tLi \tLun \tCang \tFeng \tWei \tHu \tMo \tMei \tShu \tJu \tZan \tTuo \tTu" +
  "o \tTuo \tHe \tLi \tMi \tYi \tFa \tFei \tYou \tTian \tZhi \tZhao \tGu \tZhan \tYan \tSi \tKuang \tJi" +
  "ong \tJu \tXie \tQiu \tYi \tJia \tZhong \tQuan \tBo \tHui \tMi \tBen \tZhuo \tChu \tLe \tYou \tGu \t" +
  "Hong \tGan \tFa \tMao \tSi \tHu \tPing \tCi \tFan \tChi \tSu \tNing \tCheng \tLing \tPao \tBo \tQi " +
  "\tSi \tNi \tJu \tYue \tZhu \tSheng \tLei \tXuan \tXue \tFu \tPan \tMin \tTai \tYang \tJi \tYong \tGu" +
  "an \tBeng \tXue \tLong \tLu \tDan\tBo \tXie \tPo \tZe \tJing \tYin \tZhou \tJi \tYi \tHui \tHui \tZu" +
  "i \tCheng \tYin \tWei \tHou \tJian \tYang \tLie \tSi \tJi \tEr \tXing \tFu \tSa \tSuo \tZhi \tYin \t" +
  "Wu \tXi \tKao \tZhu \tJiang \tLuo \tLuo\tAn \tDong \tYi \tMou \tLei \tYi \tMi \tQuan \tJin \tMo \tWe" +
  "i \tXiao \tXie \tHong \tXu \tShuo \tKuang \tTao \tQie \tJu \tEr \tZhou \tRu \tPing \tXun \tXiong \tZ" +
  "hi \tGuang \tHuan \tMing \tHuo \tWa \tQia \tPai \tWu \tQu \tLiu \tYi \tJia \tJing \tQian \tJiang \tJ" +
  "iao \tCheng \tShi \tZhuo \tCe \tPal \tKuai \tJi \tLiu \tChan \tHun \tHu \tNong \tXun \tJin \tLie \tQ" +
  "iu \tWei \tZhe \tJun \tHan \tBang \tMang \tZhuo \tYou \tXi \tBo \tDou \tWan \tHong \tYi \tPu \tYing " +
  "\tLan \tHao \tLang \tHan \tLi \tGeng \tFu \tWu \tLian \tChun \tFeng \tYi \tYu \tTong \tLao \tHai \tJ" +
  "in \tJia \tChong \tWeng \tMei \tSui \tCheng \tPei \tXian \tShen \tTu \tKun \tPin \tNie \tHan \tJing " +
  "\tXiao \tShe \tNian \tTu \tYong \tXiao \tXian \tTing \tE \tSu \tTun \tJuan \tCen \tTi \tLi \tShui \t" +
  "Si \tLei \tShui \tTao \tDu \tLao \tLai \tLian \tWei \tWo \tYun \tHuan \tDi \tHeng\tRun \tJian \tZhan" +
  "g \tSe \tFu \tGuan \tXing \tShou \tShuan \tYa \tChuo \tZhang \tYe \tKong \tWo \tHan \tTuo \tDong \tH" +
  "e \tWo \tJu \tGan \tLiang \tHun \tTa \tZhuo \tDian \tQie \tDe \tJuan \tZi \tXi \tYao \tQi \tGu \tGuo" +
  " \tHan \tLin \tTang \tZhou \tPeng \tHao \tChang \tShu \tQi \tFang \tChi \tLu \tNao \tJu \tTao \tCong" +
  " \tLei \tZhi \tPeng \tFei \tSong \tTian \tPi \tDan \tYu \tNi \tYu \tLu \tGan \tMi \tJing \tLing \tLu" +
  "n \tYin \tCui \tQu \tHuai \tYu \tNian \tShen \tPiao \tChun \tWa \tYuan \tLai \tHun \tQing \tYan \tQi" +
  "an \tTian \tMiao \tZhi \tYin \tMi \tBen \tYuan \tWen \tRe \tFei \tQing \tYuan \tKe \tJi \tShe \tYuan" +
  " \tShibui \tLu \tZi \tDu \tYi\tJian \tMin \tPi \tTani \tYu \tYuan \tShen \tShen \tRou \tHuan \tZhu " +
  "\tJian \tNuan \tYu \tQiu \tTing \tQu \tDu \tFeng \tZha \tBo \tWo \tWo \tDi \tWei \tWen \tRu \tXie \t" +
  "Ce \tWei \tGe \tGang \tYan \tHong \tXuan \tMi \tKe \tMao \tYing \tYan \tYou \tHong \tMiao \tXing \tM" +
  "ei \tZai \tHun \tNai \tKui \tShi \tE \tPai \tMei \tLian \tQi \tQi \tMei \tTian \tCou \tWei \tCan \tT" +
  "uan \tMian \tHui \tMo \tXu \tJi \tPen \tJian \tJian \tHu \tFeng \tXiang \tYi \tYin \tZhan \tShi \tJi" +
  "e \tCheng \tHuang \tTan \tYu \tBi \tMin \tShi \tTu \tSheng \tYong \tQu \tZhong \tSuei \tJiu \tJiao " +
  "\tQiou \tYin \tTang \tLong \tHuo \tYuan \tNan \tBan \tYou \tQuan \tChui \tLiang \tChan \tYan \tChun " +
  "\tNie \tZi \tWan \tShi \tMan \tYing \tRatsu \tKui \tFeng\tJian \tXu \tLu \tGui \tGai \tBo\tYing\tPo " +
  "\tJin \tGui \tTang \tYuan \tSuo \tYuan \tLian \tYao \tMeng \tZhun \tSheng \tKe \tTai \tDa \tWa \tLiu" +
  " \tGou \tSao \tMing \tZha \tShi \tYi \tLun \tMa \tPu \tWei \tLi \tCai \tWu \tXi \tWen \tQiang \tZe " +
  "\tShi \tSu \tYi \tZhen \tSou \tYun \tXiu \tYin \tRong \tHun \tSu \tSu \tNi \tTa \tShi \tRu \tWei \tP" +
  "an \tChu \tChu \tPang \tWeng \tCang \tMie \tHe \tDian \tHao \tHuang \tXi \tZi \tDi \tZhi \tYing \tFu" +
  " \tJie \tHua \tGe \tZi \tTao \tTeng \tSui \tBi \tJiao \tHui \tGun \tYin \tGao \tLong \tZhi \tYan \tS" +
  "he \tMan \tYing \tChun \tLu \tLan \tLuan \tYao\tBin \tTan \tYu \tSou \tHu \tBi \tBiao \tZhi \tJiang " +
  "\tKou \tShen \tShang \tDi \tMi \tAo \tLu \tHu \tHu \tYou \tChan \tFan \tYong \tGun \tMan \tQing \tYu" +
  " \tPiao \tJi \tYa \tJiao \tQi \tXi \tJi \tLu \tLu \tLong \tJin \tGuo \tCong \tLou \tZhi \tGai \tQian" +
  "g \tLi \tYan \tCao \tJiao \tCong \tQun \tTuan \tOu \tTeng \tYe \tXi \tMi \tTang \tMo \tShang \tHan " +
  "\tLian \tLan \tWa \tLi \tQian \tFeng \tXuan \tYi \tMan \tZi \tMang \tKang \tLei \tPeng \tShu \tZhang" +
  " \tZhang \tChong \tXu \tHuan \tKuo \tJian \tYan \tChuang \tLiao \tCui \tTi \tYang \tJiang \tCong \tY" +
  "ing \tHong \tXun \tShu \tGuan \tYing \tXiao \tZong\tKun\tXu \tLian \tZhi \tWei \tPi \tJue \tJiao \tP" +
  "o \tDang \tHui \tJie \tWu \tPa \tJi \tPan \tGui \tXiao \tQian \tQian \tXi \tLu \tXi \tXuan \tDun \tH" +
  "uang \tMin \tRun \tSu \tLiao \tZhen \tZhong \tYi \tDi \tWan \tDan \tTan \tChao \tXun \tKui \tYie \tS" +
  "hao \tTu \tZhu \tSan \tHei \tBi \tShan \tChan \tChan \tShu \tTong \tPu \tLin \tWei \tSe \tSe \tCheng" +
  " \tJiong \tCheng \tHua \tJiao \tLao \tChe \tGan \tCun \tHeng \tSi \tShu \tPeng \tHan \tYun \tLiu \tH" +
  "ong \tFu \tHao \tHe \tXian \tJian \tShan \tXi \tOki \tLu\tLan \tNing\tYu \tLin \tMin \tZao \tDang \t" +
  "Wan \tZe \tXie \tYu \tLi \tShi \tXue \tLing \tMan \tZi \tYong \tKuai \tCan \tLian \tDian \tYe \tAo " +
  "\tHuan \tZhen \tChan \tMan \tDan \tDan \tYi \tSui \tPi \tJu \tTa \tQin \tJi \tZhuo \tLian \tNong \tG" +
  "uo \tJin \tFen \tSe \tJi \tSui \tHui \tChu \tTa \tSong \tDing \tSe\tZhu \tLai \tBin \tLian \tMi \tSh" +
  "i \tShu \tMi \tNing \tYing \tYing \tMeng \tJin \tQi \tPi \tJi \tHao \tRu \tZui \tWo \tTao \tYin \tYi" +
  "n \tDui \tCi \tHuo \tJing \tLan \tJun \tAi \tPu \tZhuo \tWei \tBin \tGu \tQian \tXing \tHama \tKuo " +
  "\tFei \tCang\tBoku \tJian \tWei \tLuo \tZan \tLu \tLi \tYou \tYang \tLu \tSi \tJie \tYing \tDu \tWan" +
  "g \tHui \tXie \tPan \tShen \tBiao \tChan \tMo \tLiu \tJian \tPu \tSe \tCheng \tGu \tBin \tHuo \tXian" +
  " \tLu \tQin \tHan \tYing \tYong \tLi \tJing \tXiao \tYing \tSui \tWei \tXie \tHuai \tHao \tZhu \tLon" +
  "g \tLai \tDui \tFan \tHu \tLai \tShu\tLing\tYing \tMi \tJi \tLian \tJian \tYing \tFen \tLin \tYi \tJ" +
  "ian \tYue \tChan \tDai \tRang \tJian \tLan \tFan \tShuang \tYuan \tZhuo \tFeng \tShe \tLei \tLan \tC" +
  "ong \tQu \tYong \tQian \tFa \tGuan \tQue \tYan \tHao \tHyeng \tSa \tZan \tLuan \tYan \tLi \tMi \tSha" +
  "n \tTan \tDang \tJiao \tChan \tYing\tHao \tBa \tZhu \tLan \tLan \tNang \tWan \tLuan \tXun \tXian \tY" +
  "an \tGan \tYan \tYu \tHuo \tSi \tMie \tGuang \tDeng \tHui \tXiao \tXiao \tHu \tHong \tLing \tZao \tZ" +
  "huan \tJiu \tZha \tXie \tChi \tZhuo \tZai \tZai \tCan \tYang \tQi \tZhong \tFen \tNiu \tJiong \tWen " +
  "\tPo \tYi \tLu \tChui \tPi \tKai \tPan \tYan \tKai \tPang \tMu \tChao \tLiao \tGui \tKang \tTun \tGu" +
  "ang \tXin \tZhi \tGuang \tGuang \tWei \tQiang \tBian\tDa \tXia \tZheng \tZhu \tKe \tZhao \tFu \tBa " +
  "\tDuo \tDuo \tLing \tZhuo \tXuan \tJu \tTan \tPao \tJiong \tPao \tTai \tTai \tBing \tYang \tTong \tH" +
  "an \tZhu \tZha \tDian \tWei \tShi \tLian \tChi \tHuang \tZhou\tHu \tShuo \tLan \tJing \tJiao \tXu \t" +
  "Xing \tQuan \tLie \tHuan \tYang \tXiao \tXiu \tXian \tYin \tWu \tZhou \tYao \tShi \tWei \tTong \tXue" +
  " \tZai \tKai \tHong \tLuo \tXia \tZhu \tXuan \tZheng \tPo \tYan \tHui \tGuang \tZhe \tHui \tKao \tJu" +
  "\tFan \tShao \tYe \tHui \tGwaan\tTang \tJin \tRe \tLie\tXi \tFu \tJiong \tChe \tPu \tJing \tZhuo \tT" +
  "ing \tWan \tHai \tPeng \tLang \tShan \tHu \tFeng \tChi \tRong \tHu \tXi \tShu \tHe \tXun \tKu \tJue " +
  "\tXiao \tXi \tYan \tHan \tZhuang \tJun \tDi \tXie \tJi \tWu \tYan\tLu\tHan \tYan \tHuan \tMen \tJu " +
  "\tChou \tBei \tFen \tLin \tKun \tHun \tTun \tXi \tCui \tWu \tHong \tJu \tFu \tWo \tJiao \tCong \tFen" +
  "g \tPing \tQiong \tRuo \tXi \tQiong \tXin \tZhuo \tYan \tYan \tYi \tJue \tYu \tGang \tRan \tPi \tGu " +
  "\tGang\tSheng \tChang \tShao \tXiong\tNian\tGeng\tWei\tChen \tHe \tKui \tZhong \tDuan \tXia \tHui \t" +
  "Feng \tLian \tXuan \tXing \tHuang \tJiao \tJian \tBi \tYing \tZhu \tWei \tTuan \tTian \tXi \tNuan \t" +
  "Nuan \tChan \tYan \tJiong \tJiong \tYu \tMei \tSha \tWei \tYe \tXin \tQiong \tRou \tMei \tHuan \tXu " +
  "\tZhao \tWei \tFan \tQiu \tSui \tYang \tLie \tZhu \tJie \tGao \tGua \tBao \tHu \tYun \tXia \tShi\tLi" +
  "ang\tBian \tGou \tTui \tTang \tChao \tShan \tN \tBo \tHuang \tXie \tXi \tWu \tXi \tYun \tHe \tHe \tX" +
  "i \tYun \tXiong \tNai \tShan \tQiong \tYao \tXun \tMi \tLian \tYing \tWen \tRong \tOozutsu \tYan\tQi" +
  "ang \tLiu \tXi \tBi \tBiao \tZong \tLu \tJian \tShou \tYi \tLou \tFeng \tSui \tYi \tTong \tJue \tZon" +
  "g \tYun \tHu \tYi \tZhi \tAo \tWei \tLiao \tHan \tOu \tRe \tJiong \tMan \tKun\tShang \tCuan \tZeng " +
  "\tJian \tXi \tXi \tXi \tYi \tXiao \tChi \tHuang \tChan \tYe \tQian \tRan \tYan \tXian \tQiao \tZun " +
  "\tDeng \tDun \tShen \tJiao \tFen \tSi \tLiao \tYu \tLin \tTong \tShao \tFen \tFan \tYan \tXun \tLan " +
  "\tMei \tTang \tYi \tJing \tMen \tJing\tJiao\tYing \tYu \tYi \tXue \tLan \tTai \tZao \tCan \tSui \tXi" +
  " \tQue \tCong \tLian \tHui \tZhu \tXie \tLing \tWei \tYi \tXie \tZhao \tHui \tTatsu \tNung \tLan \tR" +
  "u \tXian \tKao \tXun \tJin \tChou \tChou \tYao \tHe \tLan \tBiao \tRong \tLi \tMo \tBao \tRuo \tLu " +
  "\tLa \tAo \tXun \tKuang \tShuo \tLiao\tLi \tLu \tJue \tLiao \tYan \tXi \tXie \tLong \tYe \tCan\tRang" +
  " \tYue \tLan \tCong \tJue \tTong \tGuan \tJu\tChe \tMi \tTang \tLan \tZhu \tLan\tLing \tCuan \tYu \t" +
  "Zhua \tTsumekanmuri \tPa \tZheng \tPao \tCheng \tYuan \tAi \tWei \tHan\tJue \tJue \tFu \tYe \tBa \tD" +
  "ie \tYe \tYao \tZu \tShuang \tEr \tQiang \tChuang \tGe \tZang \tDie \tQiang \tYong \tQiang \tPian \t" +
  "Ban \tPan \tShao \tJian \tPai \tDu \tChuang \tTou \tZha \tBian \tDie \tBang \tBo \tChuang \tYou \tYo" +
  "u\tDu \tYa \tCheng \tNiu \tUshihen \tPin \tJiu \tMou \tTuo \tMu \tLao \tRen \tMang \tFang \tMao \tMu" +
  " \tGang \tWu \tYan \tGe \tBei \tSi \tJian \tGu \tYou \tGe \tSheng \tMu \tDi \tQian \tQuan \tQuan \tZ" +
  "i \tTe \tXi \tMang \tKeng \tQian \tWu \tGu \tXi \tLi \tLi \tPou \tJi \tGang \tZhi \tBen \tQuan \tRun" +
  " \tDu \tJu \tJia \tJian \tFeng \tPian \tKe \tJu \tKao \tChu \tXi \tBei \tLuo \tJie \tMa \tSan \tWei " +
  "\tLi \tDun \tTong \tQiao\tJiang \tIkenie \tLi \tDu \tLie \tPi \tPiao \tBao \tXi \tChou \tWei \tKui " +
  "\tChou \tQuan \tFan \tBa \tFan \tQiu \tJi \tCai \tChuo \tAn \tJie \tZhuang \tGuang \tMa \tYou \tKang" +
  " \tBo \tHou \tYa \tYin \tHuan \tZhuang \tYun \tKuang \tNiu \tDi \tQing \tZhong \tMu \tBei \tPi \tJu " +
  "\tNi \tSheng \tPao \tXia \tTuo \tHu \tLing \tFei \tPi \tNi \tAo \tYou \tGou \tYue \tJu \tDan \tPo \t" +
  "Gu \tXian \tNing \tHuan \tHen \tJiao \tHe \tZhao \tJi \tXun \tShan \tTa \tRong \tShou \tTong \tLao " +
  "\tDu \tXia \tShi \tHua \tZheng \tYu \tSun \tYu \tBi \tMang \tXi \tJuan \tLi \tXia \tYin \tSuan \tLan" +
  "g \tBei \tZhi \tYan \tSha \tLi \tHan \tXian \tJing \tPai \tFei \tYao \tBa \tQi \tNi \tBiao \tYin \tL" +
  "ai \tXi \tJian \tQiang \tKun \tYan \tGuo \tZong \tMi \tChang \tYi \tZhi \tZheng \tYa \tMeng \tCai \t" +
  "Cu \tShe \tKari \tCen \tLuo \tHu \tZong \tJi \tWei \tFeng \tWo \tYuan \tXing \tZhu \tMao \tWei \tYua" +
  "n \tXian \tTuan \tYa \tNao \tXie \tJia \tHou \tBian \tYou \tYou \tMei \tZha \tYao \tSun \tBo \tMing " +
  "\tHua \tYuan \tSou \tMa \tYuan \tDai \tYu \tShi \tHao \tQiang\tYi \tZhen \tChuang \tHao \tMan \tJing" +
  " \tJiang \tMu \tZhang \tChan \tAo \tAo \tHao \tCui \tFen \tJue \tBi \tBi \tHuang \tPu \tLin \tYu \tT" +
  "ong \tYao \tLiao \tShuo \tXiao \tSwu \tTon \tXi \tGe \tJuan \tDu \tHui \tKuai \tXian \tXie \tTa \tXi" +
  "an \tXun \tNing \tPin \tHuo \tNou \tMeng \tLie \tNao \tGuang \tShou \tLu \tTa \tXian \tMi \tRang \tH" +
  "uan \tNao \tLuo \tXian \tQi \tJue \tXuan \tMiao \tZi \tLu \tLu \tYu \tSu \tWang \tQiu \tGa \tDing \t" +
  "Le \tBa \tJi \tHong \tDi \tQuan \tGan \tJiu \tYu \tJi \tYu \tYang \tMa \tGong \tWu \tFu \tWen \tJie " +
  "\tYa \tFen \tBian \tBeng \tYue \tJue \tYun \tJue \tWan \tJian \tMei \tDan \tPi \tWei \tHuan \tXian " +
  "\tQiang \tLing \tDai \tYi \tAn \tPing \tDian \tFu \tXuan \tXi \tBo \tCi \tGou \tJia \tShao \tPo \tCi" +
  " \tKe \tRan \tSheng \tShen \tYi \tZu \tJia \tMin \tShan \tLiu \tBi \tZhen \tZhen \tJue \tFa \tLong " +
  "\tJin \tJiao \tJian \tLi \tGuang \tXian \tZhou \tGong \tYan \tXiu \tYang \tXu \tLuo \tSu \tZhu \tQin" +
  " \tKen \tXun \tBao \tEr \tXiang \tYao \tXia \tHeng \tGui \tChong \tXu \tBan \tPei \tLao\tDang \tEi " +
  "\tHun \tWen \tE \tCheng \tTi \tWu \tWu \tCheng \tJun \tMei \tBei \tTing \tXian \tChuo \tHan \tXuan " +
  "\tYan \tQiu \tQuan \tLang \tLi \tXiu \tFu \tLiu \tYe \tXi \tLing \tLi \tJin \tLian \tSuo \tChiisai " +
  "\tFeng\tWan \tDian \tPin \tZhan \tCui \tMin \tYu \tJu \tChen \tLai \tWen \tSheng \tWei \tDian \tChu " +
  "\tZhuo \tPei \tCheng \tHu \tQi \tE \tKun \tChang \tQi \tBeng \tWan \tLu \tCong \tGuan \tYan \tDiao " +
  "\tBei \tLin \tQin \tPi \tPa \tQue \tZhuo \tQin \tFa \tJin\tQiong \tDu \tJie \tHun \tYu \tMao \tMei " +
  "\tChun \tXuan \tTi \tXing \tDai \tRou \tMin \tZhen \tWei \tRuan \tHuan \tJie \tChuan \tJian \tZhuan " +
  "\tYang \tLian \tQuan \tXia \tDuan \tYuan \tYe \tNao \tHu \tYing \tYu \tHuang \tRui \tSe \tLiu \tShi " +
  "\tRong \tSuo \tYao \tWen \tWu \tJin \tJin \tYing \tMa \tTao \tLiu \tTang \tLi \tLang \tGui \tZhen \t" +
  "Qiang \tCuo \tJue \tZhao \tYao \tAi \tBin \tTu \tChang \tKun \tZhuan \tCong \tJin \tYi \tCui \tCong " +
  "\tQi \tLi \tYing \tSuo \tQiu \tXuan \tAo \tLian \tMan \tZhang \tYin \tYe\tYing \tZhi \tLu \tWu \tDen" +
  "g \tXiou \tZeng \tXun \tQu \tDang \tLin \tLiao \tQiong \tSu \tHuang \tGui \tPu \tJing \tFan \tJin \t" +
  "Liu \tJi \tHui\tJing \tAi \tBi \tCan \tQu \tZao \tDang \tJiao \tGun \tTan \tHui \tHuan \tSe \tSui \t" +
  "Tian \tChu\tYu \tJin \tLu \tBin \tShou \tWen \tZui \tLan \tXi \tJi \tXuan \tRuan \tHuo \tGai \tLei " +
  "\tDu \tLi \tZhi \tRou \tLi \tZan \tQiong \tZhe \tGui \tSui \tLa \tLong \tLu \tLi \tZan \tLan \tYing " +
  "\tMi \tXiang \tXi \tGuan \tDao \tZan \tHuan \tGua \tBo \tDie \tBao \tHu \tZhi \tPiao \tBan \tRang \t" +
  "Li \tWa \tDekaguramu \tJiang \tQian \tFan \tPen \tFang \tDan \tWeng \tOu \tDeshiguramu \tMiriguramu " +
  "\tThon \tHu \tLing \tYi \tPing \tCi \tHekutogura \tJuan \tChang \tChi \tSarake \tDang \tMeng \tPou " +
  "\tZhui \tPing \tBian \tZhou \tZhen \tSenchigura \tCi \tYing \tQi \tXian \tLou \tDi \tOu \tMeng \tZhu" +
  "an \tPeng \tLin \tZeng \tWu \tPi \tDan \tWeng \tYing \tYan \tGan \tDai \tShen \tTian \tTian \tHan \t" +
  "Chang \tSheng \tQing \tSheng \tChan \tChan \tRui \tSheng \tSu \tSen \tYong \tShuai \tLu \tFu \tYong " +
  "\tBeng \tFeng \tNing \tTian \tYou \tJia \tShen \tZha \tDian \tFu \tNan \tDian \tPing \tTing \tHua \t" +
  "Ting \tQuan \tZi \tMeng \tBi \tQi \tLiu \tXun \tLiu \tChang \tMu \tYun \tFan \tFu \tGeng \tTian \tJi" +
  "e \tJie \tQuan \tWei \tFu \tTian \tMu \tTap \tPan \tJiang \tWa \tDa \tNan \tLiu \tBen \tZhen \tChu " +
  "\tMu \tMu \tCe \tCen \tGai \tBi \tDa \tZhi \tLue \tQi \tLue \tPan \tKesa \tFan \tHua \tYu \tYu \tMu " +
  "\tJun \tYi \tLiu \tYu \tDie \tChou \tHua \tDang \tChuo \tJi \tWan \tJiang \tSheng \tChang \tTuan \tL" +
  "ei \tJi \tCha \tLiu \tTatamu \tTuan \tLin \tJiang \tJiang \tChou \tBo \tDie \tDie \tPi \tNie \tDan " +
  "\tShu \tShu \tZhi \tYi \tChuang \tNai \tDing \tBi \tJie \tLiao \tGong \tGe \tJiu \tZhou \tXia \tShan" +
  " \tXu \tNue \tLi \tYang \tChen \tYou \tBa \tJie \tJue \tZhi \tXia \tCui \tBi \tYi \tLi \tZong \tChua" +
  "ng \tFeng \tZhu \tPao \tPi \tGan \tKe \tCi \tXie \tQi \tDan \tZhen \tFa \tZhi \tTeng \tJu \tJi \tFei" +
  " \tQu \tDian \tJia \tXian \tCha \tBing \tNi \tZheng \tYong \tJing \tQuan \tChong \tTong \tYi \tKai " +
  "\tWei \tHui \tDuo \tYang \tChi \tZhi \tHen \tYa \tMei \tDou \tJing \tXiao \tTong \tTu \tMang \tPi \t" +
  "Xiao \tSuan \tPu \tLi \tZhi \tCuo \tDuo \tWu \tSha \tLao \tShou \tHuan \tXian \tYi \tPeng \tZhang \t" +
  "Guan \tTan \tFei \tMa \tLin \tChi \tJi \tDian \tAn \tChi \tBi \tBei \tMin \tGu \tDui \tE \tWei \tYu " +
  "\tCui \tYa \tZhu \tCu \tDan \tShen \tZhung \tJi \tYu \tHou \tFeng \tLa \tYang \tShen \tTu \tYu \tGua" +
  " \tWen \tHuan \tKu \tJia \tYin \tYi \tLu \tSao \tJue \tChi \tXi \tGuan \tYi \tWen \tJi \tChuang \tBa" +
  "n \tLei \tLiu \tChai \tShou \tNue \tDian \tDa \tPie \tTan \tZhang \tBiao \tShen \tCu \tLuo \tYi \tZo" +
  "ng \tChou \tZhang \tZhai \tSou \tSuo \tQue \tDiao \tLou \tLu \tMo \tJin \tYin \tYing \tHuang \tFu \t" +
  "Liao \tLong \tQiao \tLiu \tLao \tXian \tFei \tDan \tYin \tHe \tYan \tBan \tXian \tGuan \tGuai \tNong" +
  " \tYu \tWei \tYi \tYong \tPi \tLei \tLi \tShu \tDan \tLin \tDian \tLin \tLai \tPie \tJi \tChi \tYang" +
  " \tXian \tJie \tZheng \tMe\tLi \tHuo \tLai \tShaku \tDian \tXian \tYing \tYin \tQu \tYong \tTan \tDi" +
  "an \tLuo \tLuan \tLuan \tBo \tBo\tGui \tPo \tFa \tDeng \tFa \tBai \tBai \tQie \tBi \tZao \tZao \tMao" +
  " \tDe \tPa \tJie \tHuang \tGui \tCi \tLing \tGao \tMo \tJi \tJiao \tPeng \tGao \tAi \tE \tHao \tHan " +
  "\tBi \tWan \tChou \tQian \tXi \tAi \tJiong \tHao \tHuang \tHao \tZe \tCui \tHao \tXiao \tYe \tPo \tH" +
  "ao \tJiao \tAi \tXing \tHuang \tLi \tPiao \tHe \tJiao \tPi \tGan \tPao \tZhou \tJun \tQiu \tCun \tQu" +
  "e \tZha \tGu \tJun \tJun \tZhou \tZha \tGu \tZhan \tDu \tMin \tQi \tYing \tYu \tBei \tZhao \tZhong " +
  "\tPen \tHe \tYing \tHe \tYi \tBo \tWan \tHe \tAng \tZhan \tYan \tJian \tHe \tYu \tKui \tFan \tGai \t" +
  "Dao \tPan \tFu \tQiu \tSheng \tDao \tLu \tZhan \tMeng \tLi \tJin \tXu \tJian \tPan \tGuan \tAn \tLu " +
  "\tShu \tZhou \tDang \tAn \tGu \tLi \tMu \tCheng \tGan \tXu \tMang \tMang \tZhi \tQi \tRuan \tTian \t" +
  "Xiang \tDun \tXin \tXi \tPan \tFeng \tDun \tMin \tMing \tSheng \tShi \tYun \tMian \tPan \tFang \tMia" +
  "o \tDan \tMei \tMao \tKan \tXian \tOu \tShi \tYang \tZheng \tYao \tShen \tHuo \tDa \tZhen \tKuang \t" +
  "Ju \tShen \tChi \tSheng \tMei \tMo \tZhu \tZhen \tZhen \tMian \tDi \tYuan \tDie \tYi \tZi \tZi \tCha" +
  "o \tZha \tXuan \tBing \tMi \tLong \tSui \tDong \tMi \tDie \tYi \tEr \tMing \tXuan \tChi \tKuang \tJu" +
  "an \tMou \tZhen \tTiao \tYang \tYan \tMo \tZhong \tMai \tZhao \tZheng \tMei \tJun \tShao \tHan \tHua" +
  "n \tDi \tCheng \tCuo \tJuan \tE \tWan \tXian \tXi \tKun \tLai \tJian \tShan \tTian \tHun \tWan \tLin" +
  "g \tShi \tQiong \tLie \tYai \tJing \tZheng \tLi \tLai \tSui \tJuan \tShui \tSui \tDu \tBi \tBi \tMu " +
  "\tHun \tNi \tLu \tYi \tJie \tCai \tZhou \tYu \tHun \tMa \tXia \tXing \tXi \tGun \tCai \tChun \tJian " +
  "\tMei \tDu \tHou \tXuan \tTi \tKui \tGao \tRui \tMou \tXu \tFa \tWen \tMiao \tChou \tKui \tMi \tWeng" +
  " \tKou \tDang \tChen \tKe \tSou \tXia \tQiong \tMao \tMing \tMan \tShui \tZe \tZhang \tYi \tDiao \tO" +
  "u \tMo \tShun \tCong \tLou \tChi \tMan \tPiao \tCheng \tJi \tMeng \tWan\tRun \tPie \tXi \tQiao \tPu " +
  "\tZhu \tDeng \tShen \tShun \tLiao \tChe \tXian \tKan \tYe \tXu \tTong \tMou \tLin \tKui \tXian \tYe " +
  "\tAi \tHui \tZhan \tJian \tGu \tZhao \tQu \tWei \tChou \tSao \tNing \tXun \tYao \tHuo \tMeng \tMian " +
  "\tBin \tMian \tLi \tKuang \tJue \tXuan \tMian \tHuo \tLu \tMeng \tLong \tGuan \tMan \tXi \tChu \tTan" +
  "g \tKan \tZhu \tMao \tJin \tLin \tYu \tShuo \tCe \tJue \tShi \tYi \tShen \tZhi \tHou \tShen \tYing " +
  "\tJu \tZhou \tJiao \tCuo \tDuan \tAi \tJiao \tZeng \tHuo \tBai \tShi \tDing \tQi \tJi \tZi \tGan \tW" +
  "u \tTuo \tKu \tQiang \tXi \tFan \tKuang \tDang \tMa \tSha \tDan \tJue \tLi \tFu \tMin \tNuo \tHuo \t" +
  "Kang \tZhi \tQi \tKan \tJie \tFen \tE \tYa \tPi \tZhe \tYan \tSui \tZhuan \tChe \tDun \tPan \tYan \t" +
  "Jin\tFeng \tFa \tMo \tZha \tQu \tYu \tLuo \tTuo \tTuo \tDi \tZhai \tZhen \tAi \tFei \tMu \tZhu \tLi " +
  "\tBian \tNu \tPing \tPeng \tLing \tPao \tLe \tPo \tBo \tPo \tShen \tZa \tNuo \tLi \tLong \tTong \tYo" +
  "ng\tLi \tAragane \tChu \tKeng \tQuan \tZhu \tKuang \tHuo \tE \tNao \tJia \tLu \tWei \tAi \tLuo \tKen" +
  " \tXing \tYan \tTong \tPeng \tXi \tLao\tHong \tShuo \tXia \tQiao \tQing\tWei \tQiao \tYi\tKeng \tXia" +
  "o \tQue \tChan \tLang \tHong \tYu \tXiao \tXia \tMang \tLong \tIong \tChe \tChe \tE \tLiu \tYing \tM" +
  "ang \tQue \tYan \tSha \tKun \tYu \tChi\tKaki \tLu \tChen \tJian \tNue \tSong \tZhuo \tKeng \tPeng \t" +
  "Yan \tZhui \tKong \tCeng \tQi \tZong \tQing \tLin \tJun \tBo \tDing \tMin \tDiao \tJian \tHe \tLu \t" +
  "Ai \tSui \tQue \tLing \tBei \tYin \tDui \tWu \tQi \tLun \tWan \tDian \tGang \tPei \tQi \tChen \tRuan" +
  " \tYan \tDie \tDing \tDu \tTuo \tJie \tYing \tBian \tKe \tBi \tWei \tShuo \tZhen \tDuan \tXia \tDang" +
  " \tTi \tNao \tPeng \tJian \tDi \tTan \tCha \tSeki \tQi \tDun\tFeng \tXuan \tQue \tQue \tMa \tGong \t" +
  "Nian \tSu \tE \tCi \tLiu \tSi \tTang \tBang \tHua \tPi \tWei \tSang \tLei \tCuo \tZhen \tXia \tQi \t" +
  "Lian \tPan \tWei \tYun \tDui \tZhe \tKe \tLa \tZhuan\tQing \tGun \tZhuan \tChan \tQi \tAo \tPeng \tL" +
  "u \tLu \tKan \tQiang \tChen \tYin \tLei \tBiao \tQi \tMo \tQi \tCui \tZong \tQing \tChuo \tLun\tJi " +
  "\tShan \tLao \tQu \tZeng \tDeng \tJian \tXi \tLin \tDing \tDian \tHuang \tPan \tZa \tQiao \tDi \tLi " +
  "\tTani \tJiao \tXi\tZhang \tQiao \tDun \tXian \tYu \tZhui \tHe \tHuo \tZhai \tLei \tKe \tChu \tJi \t" +
  "Que \tDang \tYi \tJiang \tPi \tPi \tYu \tPin \tQi \tAi \tKai \tJian \tYu \tRuan \tMeng \tPao \tCi \t" +
  "Bo\tYang\tMie \tCa \tXian \tKuang \tLei \tLei \tZhi \tLi \tLi \tFan \tQue \tPao \tYing \tLi \tLong " +
  "\tLong \tMo \tBo \tShuang \tGuan \tLan \tZan \tYan \tShi \tShi \tLi \tReng \tShe \tYue \tSi \tQi \tT" +
  "a \tMa \tXie \tXian \tXian \tZhi \tQi \tZhi \tBeng \tDui \tZhong \tRen\tYi \tShi \tYou \tZhi \tTiao " +
  "\tFu \tFu \tMi \tZu \tZhi \tSuan \tMei \tZuo \tQu \tHu \tZhu \tShen \tSui \tCi \tChai \tMi \tLu \tYu" +
  " \tXiang \tWu \tTiao \tPiao \tZhu \tGui \tXia \tZhi \tJi \tGao \tZhen \tGao \tShui \tJin \tChen \tGa" +
  "i \tKun \tDi \tDao \tHuo \tTao \tQi \tGu \tGuan \tZui \tLing \tLu \tBing \tJin \tDao \tZhi \tLu \tSh" +
  "an \tBei \tZhe \tHui \tYou \tXi \tYin \tZi \tHuo \tZhen \tFu \tYuan \tWu \tXian \tYang \tTi \tYi \tM" +
  "ei \tSi \tDi \tBei\tZhuo \tZhen \tYong \tJi \tGao \tTang \tSi \tMa \tTa \tFu\tXuan \tQi \tYu \tXi \t" +
  "Ji \tSi \tChan \tTan \tKuai \tSui \tLi \tNong \tNi \tDao \tLi \tRang \tYue \tTi \tZan \tLei \tRou \t" +
  "Yu \tYu \tChi \tXie \tQin \tHe \tTu \tXiu \tSi \tRen \tTu \tZi \tCha \tGan \tYi \tXian \tBing \tNian" +
  " \tQiu \tQiu \tChong \tFen \tHao \tYun \tKe \tMiao \tZhi \tGeng \tBi \tZhi \tYu \tMi \tKu \tBan \tPi" +
  " \tNi \tLi \tYou \tZu \tPi \tBa \tLing \tMo \tCheng \tNian \tQin \tYang \tZuo \tZhi \tZhi \tShu \tJu" +
  " \tZi \tHuo \tJi \tCheng \tTong \tZhi \tHuo \tHe \tYin \tZi \tZhi \tJie \tRen \tDu \tYi \tZhu \tHui " +
  "\tNong \tFu \tXi \tKao \tLang \tFu \tZe \tShui \tLu \tKun \tGan \tGeng \tTi \tCheng \tTu \tShao \tSh" +
  "ui \tYa \tLun \tLu \tGu \tZuo \tRen \tZhun \tBang \tBai \tJi \tZhi \tZhi \tKun \tLeng \tPeng \tKe \t" +
  "Bing \tChou \tZu \tYu \tSu \tLue \tXiang\tYi \tXi \tBian \tJi \tFu \tBi \tNuo \tJie \tZhong \tZong " +
  "\tXu \tCheng \tDao \tWen \tLian \tZi \tYu \tJi \tXu \tZhen \tZhi \tDao \tJia \tJi \tGao \tGao \tGu " +
  "\tRong \tSui \tYou \tJi \tKang \tMu \tShan \tMen \tZhi \tJi \tLu \tSu \tJi \tYing \tWen \tQiu \tSe " +
  "\tHe\tYi \tHuang \tQie \tJi \tSui \tXiao \tPu \tJiao \tZhuo \tTong \tSai \tLu \tSui \tNong \tSe \tHu" +
  "i \tRang \tNuo \tYu \tBin \tJi \tTui \tWen \tCheng \tHuo \tGong \tLu \tBiao \tSe\tRang \tZhuo \tLi " +
  "\tZan \tXue \tWa \tJiu \tQiong \tXi \tQiong \tKong \tYu \tSen \tJing \tYao \tChuan \tZhun \tTu \tLao" +
  " \tQie \tZhai \tYao \tBian \tBao \tYao \tBing \tWa \tZhu \tJiao \tQiao \tDiao \tWu \tGui \tYao \tZhi" +
  " \tChuang \tYao \tTiao \tJiao \tChuang \tJiong \tXiao \tCheng \tKou \tCuan \tWo \tDan \tKu \tKe \tZh" +
  "ui \tXu \tSu \tGuan \tKui \tDou \tZhuo\tYin \tWo \tWa \tYa \tYu \tJu \tQiong \tYao \tYao \tTiao \tCh" +
  "ao \tYu \tTian \tDiao \tJu \tLiao \tXi \tWu \tKui \tChuang \tZhao \tKuan\tKuan \tLong \tCheng \tCui " +
  "\tPiao \tZao \tCuan \tQiao \tQiong \tDou \tZao \tLong \tQie \tLi \tChu \tShi \tFou \tQian \tChu \tHo" +
  "ng \tQi \tQian \tGong \tShi \tShu \tMiao \tJu \tZhan \tZhu \tLing \tLong \tBing \tJing \tJing \tZhan" +
  "g \tYi \tSi \tJun \tHong \tTong \tSong \tJing \tDiao \tYi \tShu \tJing \tQu \tJie \tPing \tDuan \tSh" +
  "ao \tZhuan \tCeng \tDeng \tCui \tHuai \tJing \tKan \tJing \tZhu \tZhu \tLe \tPeng \tYu \tChi \tGan " +
  "\tMang \tZhu \tUtsubo \tDu \tJi \tXiao \tBa \tSuan \tJi \tZhen \tZhao \tSun \tYa \tZhui \tYuan \tHu " +
  "\tGang \tXiao \tCen \tPi \tBi \tJian \tYi \tDong \tShan \tSheng \tXia \tDi \tZhu \tNa \tChi \tGu \tL" +
  "i \tQie \tMin \tBao \tTiao \tSi \tFu \tCe \tBen \tPei \tDa \tZi \tDi \tLing \tZe \tNu \tFu \tGou \tF" +
  "an \tJia \tGe \tFan \tShi \tMao \tPo \tSey \tJian \tQiong \tLong \tSouke \tBian \tLuo \tGui \tQu \tC" +
  "hi \tYin \tYao \tXian \tBi \tQiong \tGua \tDeng \tJiao \tJin \tQuan \tSun \tRu \tFa \tKuang \tZhu \t" +
  "Tong \tJi \tDa \tXing \tCe \tZhong \tKou \tLai \tBi \tShai \tDang \tZheng \tCe \tFu \tYun \tTu \tPa " +
  "\tLi \tLang \tJu \tGuan \tJian \tHan \tTong \tXia \tZhi \tCheng \tSuan \tShi \tZhu \tZuo \tXiao \tSh" +
  "ao \tTing \tCe \tYan \tGao \tKuai \tGan \tChou \tKago \tGang \tYun \tO \tQian \tXiao \tJian \tPu \tL" +
  "ai \tZou \tBi \tBi \tBi \tGe \tChi \tGuai \tYu \tJian \tZhao \tGu \tChi \tZheng \tJing \tSha \tZhou " +
  "\tLu \tBo \tJi \tLin \tSuan \tJun \tFu \tZha \tGu \tKong \tQian \tQuan \tJun \tChui \tGuan \tYuan \t" +
  "Ce \tJu \tBo \tZe \tQie \tTuo \tLuo \tDan \tXiao \tRuo \tJian \tXuan \tBian \tSun \tXiang \tXian \tP" +
  "ing \tZhen \tSheng \tHu \tShi \tZhu \tYue \tChun \tLu \tWu \tDong \tXiao \tJi \tJie \tHuang \tXing " +
  "\tMei \tFan \tChui \tZhuan \tPian \tFeng \tZhu \tHong \tQie \tHou \tQiu \tMiao \tQian \tGu\tKui \tSi" +
  "k \tLou \tYun \tHe \tTang \tYue \tChou \tGao \tFei \tRuo \tZheng \tGou \tNie \tQian \tXiao \tCuan \t" +
  "Gong \tPang \tDu \tLi \tBi \tZhuo \tChu \tShai \tChi \tZhu \tQiang \tLong \tLan \tJian \tBu \tLi \tH" +
  "ui \tBi \tDi \tCong \tYan \tPeng \tSen \tZhuan \tPai \tPiao \tDou \tYu \tMie \tZhuan \tZe \tXi \tGuo" +
  " \tYi \tHu \tChan \tKou \tCu \tPing \tChou \tJi \tGui \tSu \tLou \tZha \tLu \tNian \tSuo \tCuan \tSa" +
  "sara \tSuo \tLe \tDuan \tYana \tXiao \tBo \tMi \tSi \tDang \tLiao \tDan \tDian \tFu \tJian \tMin \tK" +
  "ui \tDai \tQiao \tDeng \tHuang \tSun \tLao \tZan \tXiao \tDu \tShi \tZan \tQi\tPai \tHata \tPai \tGa" +
  "n \tJu \tDu \tLu \tYan \tBo \tDang \tSai \tKe \tLong \tQian \tLian \tBo \tZhou \tLai \tShi\tLan \tKu" +
  "i \tYu \tYue \tHao \tZhen \tTai \tTi \tMi \tChou \tJi \tYi\tHata \tTeng \tZhuan \tZhou \tFan \tSou " +
  "\tZhou \tKuji \tZhuo \tTeng \tLu \tLu \tJian \tTuo \tYing \tYu \tLai \tLong \tShinshi \tLian \tLan " +
  "\tQian \tYue \tZhong \tQu \tLian \tBian \tDuan \tZuan \tLi \tSi \tLuo \tYing \tYue \tZhuo \tXu \tMi " +
  "\tDi \tFan \tShen \tZhe \tShen \tNu \tXie \tLei \tXian \tZi \tNi \tCun \tZhang\tQian \tKume \tBi \tB" +
  "an \tWu \tSha \tKang \tRou \tFen \tBi \tCui \tYin\tLi \tChi \tNukamiso \tRo \tBa \tLi \tGan \tJu \tP" +
  "o \tMo \tCu \tNian \tZhou \tLi \tSu \tTiao \tLi \tQi \tSu \tHong \tTong \tZi \tCe \tYue \tZhou \tLin" +
  " \tZhuang \tBai \tLao\tFen \tJi \tQu\tSukumo \tLiang \tXian \tFu \tLiang \tCan \tGeng \tLi \tYue \tL" +
  "u \tJu \tQi \tCui \tBai \tZhang \tLin \tZong \tJing \tGuo \tKouji \tSan \tSan \tTang \tBian \tRou \t" +
  "Mian \tHou \tXu \tZong \tHu \tJian \tZan \tCi \tLi \tXie \tFu \tNi \tBei \tGu \tXiu \tGao \tTang \tQ" +
  "iu \tSukumo \tCao \tZhuang \tTang \tMi \tSan \tFen \tZao \tKang \tJiang \tMo \tSan \tSan \tNuo \tXi " +
  "\tLiang \tJiang \tKuai \tBo \tHuan \tShu\tZong \tXian \tNuo \tTuan \tNie \tLi \tZuo \tDi \tNie \tTia" +
  "o \tLan \tMi \tJiao \tJiu \tXi \tGong \tZheng \tJiu \tYou \tJi \tCha \tZhou \tXun \tYue \tHong \tYu " +
  "\tHe \tWan \tRen \tWen \tWen \tQiu \tNa \tZi \tTou \tNiu \tFou \tJie \tShu \tChun \tPi \tYin \tSha " +
  "\tHong \tZhi \tJi \tFen \tYun \tRen \tDan \tJin \tSu \tFang \tSuo \tCui \tJiu \tZha \tKinu \tJin \tF" +
  "u \tZhi \tCi \tZi \tChou \tHong \tZha \tLei \tXi \tFu \tXie \tShen \tBei \tZhu \tQu \tLing \tZhu \tS" +
  "hao \tGan \tYang \tFu \tTuo \tZhen \tDai \tZhuo \tShi \tZhong \tXian \tZu \tJiong \tBan \tJu \tMo \t" +
  "Shu \tZui \tWata \tJing \tRen \tHeng \tXie \tJie \tZhu \tChou \tGua \tBai \tJue \tKuang \tHu \tCi \t" +
  "Geng \tGeng \tTao \tXie \tKu \tJiao \tQuan \tGai \tLuo \tXuan \tBing \tXian \tFu \tGei \tTong \tRong" +
  " \tTiao \tYin \tLei \tXie \tQuan \tXu \tLun \tDie \tTong \tSi \tJiang \tXiang \tHui \tJue \tZhi \tJi" +
  "an \tJuan \tChi \tMian \tZhen \tLu \tCheng \tQiu \tShu \tBang \tTong \tXiao \tWan \tQin \tGeng \tXiu" +
  " \tTi \tXiu \tXie \tHong \tXi \tFu \tTing \tSui \tDui \tKun \tFu \tJing \tHu \tZhi \tYan \tJiong \tF" +
  "eng \tJi \tSok \tKase \tZong \tLin \tDuo \tLi \tLu \tLiang \tChou \tQuan \tShao \tQi \tQi \tZhun \tQ" +
  "i \tWan \tQian \tXian \tShou \tWei \tQi \tTao \tWan \tGang \tWang \tBeng \tZhui \tCai \tGuo \tCui \t" +
  "Lun \tLiu \tQi \tZhan \tBei \tChuo \tLing \tMian \tQi \tQie \tTan \tZong \tGun \tZou \tYi \tZi \tXin" +
  "g \tLiang \tJin \tFei \tRui \tMin \tYu \tZong \tFan \tLu \tXu \tYingl \tZhang \tKasuri \tXu \tXiang " +
  "\tJian \tKe \tXian \tRuan \tMian \tQi \tDuan \tZhong \tDi \tMin \tMiao \tYuan \tXie \tBao \tSi \tQiu" +
  " \tBian \tHuan \tGeng \tCong \tMian \tWei \tFu \tWei \tYu \tGou \tMiao \tXie \tLian \tZong \tBian \t" +
  "Yun \tYin \tTi \tGua \tZhi \tYun \tCheng \tChan \tDai \tXia \tYuan \tZong \tXu \tNawa \tOdoshi \tGen" +
  "g \tSen \tYing \tJin \tYi \tZhui \tNi \tBang \tGu \tPan \tZhou \tJian \tCuo \tQuan \tShuang \tYun \t" +
  "Xia \tShuai \tXi \tRong \tTao \tFu \tYun \tZhen \tGao \tRu \tHu \tZai \tTeng \tXian \tSu \tZhen \tZo" +
  "ng \tTao \tHoro \tCai \tBi \tFeng \tCu \tLi \tSuo \tYin \tXi \tZong \tLei \tZhuan \tQian \tMan \tZhi" +
  " \tLu \tMo \tPiao \tLian \tMi \tXuan \tZong \tJi \tShan \tSui \tFan \tShuai \tBeng \tYi \tSao \tMou " +
  "\tZhou \tQiang \tHun \tSem \tXi \tJung \tXiu \tRan \tXuan \tHui \tQiao \tZeng \tZuo \tZhi \tShan \tS" +
  "an \tLin \tYu \tFan \tLiao \tChuo \tZun \tJian \tRao \tChan \tRui \tXiu \tHui \tHua \tZuan \tXi \tQi" +
  "ang \tUn \tDa \tSheng \tHui \tXi \tSe \tJian \tJiang \tHuan \tZao \tCong \tJie \tJiao \tBo \tChan \t" +
  "Yi \tNao \tSui \tYi \tShai \tXu \tJi \tBin \tQian \tLan \tPu \tXun \tZuan \tQi \tPeng \tLi \tMo \tLe" +
  "i \tXie \tZuan \tKuang \tYou \tXu \tLei \tXian \tChan \tKou \tLu \tChan \tYing \tCai \tXiang \tXian " +
  "\tZui \tZuan \tLuo \tXi \tDao \tLan \tLei \tLian \tSi \tJiu \tYu \tHong \tZhou \tXian \tHe \tYue \tJ" +
  "i \tWan \tKuang \tJi \tRen \tWei \tYun \tHong \tChun \tPi \tSha \tGang \tNa \tRen \tZong \tLun \tFen" +
  " \tZhi \tWen \tFang \tZhu \tYin \tNiu \tShu \tXian \tGan \tXie \tFu \tLian \tZu \tShen \tXi \tZhi \t" +
  "Zhong \tZhou \tBan \tFu \tZhuo \tShao \tYi \tJing \tDai \tBang \tRong \tJie \tKu \tRao \tDie \tHeng " +
  "\tHui \tGei \tXuan \tJiang \tLuo \tJue \tJiao \tTong \tGeng \tXiao \tJuan \tXiu \tXi \tSui \tTao \tJ" +
  "i \tTi \tJi \tXu \tLing \tYing\tXu \tQi \tFei \tChuo \tZhang \tGun \tSheng \tWei \tMian \tShou \tBen" +
  "g \tChou \tTao \tLiu \tQuan \tZong \tZhan \tWan \tLu \tZhui \tZi \tKe \tXiang \tJian \tMian \tLan \t" +
  "Ti \tMiao \tQi \tYun \tHui \tSi \tDuo \tDuan \tBian \tXian \tGou \tZhui \tHuan \tDi \tLu \tBian \tMi" +
  "n \tYuan \tJin \tFu \tRu \tZhen \tFeng \tShuai \tGao \tChan \tLi \tYi \tJian \tBin \tPiao \tMan \tLe" +
  "i \tYing \tSuo \tMou \tSao \tXie \tLiao \tShan \tZeng \tJiang \tQian \tZao \tHuan \tJiao \tZuan \tFo" +
  "u \tXie \tGang \tFou \tQue \tFou \tKaakeru \tBo \tPing \tHou \tZhao\tGang \tYing \tYing \tQing \tXia" +
  " \tGuan \tZun \tTan \tChang \tQi \tWeng \tYing \tLei \tTan \tLu \tGuan \tWang \tWang \tGang \tWang " +
  "\tHan \tLuo\tLuo \tFu \tMi \tFa \tGu \tZhu \tJu \tMao \tGu \tMin \tGang \tBa \tGua \tTi \tJuan \tFu " +
  "\tLin \tYan \tZhao \tZui \tGua \tZhuo \tYu \tZhi \tAn \tFa \tNan \tShu \tSi \tPi \tMa \tLiu \tBa \tF" +
  "a \tLi \tChao \tWei \tBi \tJi \tZeng \tTong \tLiu \tJi \tJuan \tMi \tZhao \tLuo \tPi \tJi \tJi \tLua" +
  "n \tYang \tMie \tQiang \tTa \tMei \tYang \tYou \tYou \tFen \tBa \tGao \tYang \tGu \tQiang \tZang \tG" +
  "ao \tLing \tYi \tZhu \tDi \tXiu \tQian \tYi \tXian \tRong \tQun \tQun \tQian \tHuan \tZui \tXian \tY" +
  "i \tYashinau \tQiang \tXian \tYu \tGeng \tJie \tTang \tYuan \tXi \tFan \tShan \tFen \tShan \tLian \t" +
  "Lei \tGeng \tNou \tQiang \tChan \tYu \tGong \tYi \tChong \tWeng \tFen \tHong \tChi \tChi \tCui \tFu " +
  "\tXia \tPen \tYi \tLa \tYi \tPi \tLing \tLiu \tZhi \tQu \tXi \tXie \tXiang \tXi \tXi \tQi \tQiao \tH" +
  "ui \tHui \tXiao \tSe \tHong \tJiang \tDi \tCui \tFei \tTao \tSha \tChi \tZhu \tJian \tXuan \tShi \tP" +
  "ian \tZong \tWan \tHui \tHou \tHe \tHe \tHan \tAo \tPiao \tYi \tLian \tQu \tAo\tLin \tPen \tQiao \tA" +
  "o \tFan \tYi \tHui \tXuan \tDao \tYao \tLao \tLao\tKao \tMao \tZhe \tQi \tGou \tGou \tGou \tDie \tDi" +
  "e \tEr \tShua \tRuan \tEr \tNai \tZhuan \tLei \tTing \tZi \tGeng \tChao \tHao \tYun \tPa \tPi \tChi " +
  "\tSi \tChu \tJia \tJu \tHe \tChu \tLao \tLun \tJi \tTang \tOu \tLou \tNou \tGou \tPang \tZe \tLou \t" +
  "Ji \tLao \tHuo \tYou \tMo \tHuai \tEr \tZhe \tTing \tYe \tDa \tSong \tQin \tYun \tChi \tDan \tDan \t" +
  "Hong \tGeng \tZhi \tPan\tNie \tDan \tZhen \tChe \tLing \tZheng \tYou \tWa \tLiao \tLong \tZhi \tNing" +
  " \tTiao \tEr \tYa \tDie \tGua \tXu\tLian \tHao \tSheng \tLie \tPin \tJing \tJu \tBi \tDi \tGuo \tWen" +
  " \tXu \tPing \tCong \tShikato \tNi\tTing \tYu \tCong \tKui \tTsuraneru \tKui \tCong \tLian \tWeng \t" +
  "Kui \tLian \tLian \tCong \tAo \tSheng \tSong \tTing \tKui \tNie \tZhi \tDan \tNing \tQie \tJi \tTing" +
  " \tTing \tLong \tYu \tYu \tZhao \tSi \tSu \tYi \tSu \tSi \tZhao \tZhao \tRou \tYi \tLe \tJi \tQiu \t" +
  "Ken \tCao \tGe \tDi \tHuan \tHuang \tYi \tRen \tXiao \tRu \tZhou \tYuan \tDu \tGang \tRong \tGan \tC" +
  "ha \tWo \tChang \tGu \tZhi \tHan \tFu \tFei \tFen \tPei \tPang \tJian \tFang \tZhun \tYou \tNa \tHan" +
  "g \tKen \tRan \tGong \tYu \tWen \tYao \tJin \tPi \tQian \tXi \tXi \tFei \tKen \tJing \tTai \tShen \t" +
  "Zhong \tZhang \tXie \tShen \tWei \tZhou \tDie \tDan \tFei \tBa \tBo \tQu \tTian \tBei \tGua \tTai \t" +
  "Zi \tKu \tZhi \tNi \tPing \tZi \tFu \tPang \tZhen \tXian \tZuo \tPei \tJia \tSheng \tZhi \tBao \tMu " +
  "\tQu \tHu \tKe \tYi \tYin \tXu \tYang \tLong \tDong \tKa \tLu \tJing \tNu \tYan \tPang \tKua \tYi \t" +
  "Guang \tGai \tGe \tDong \tZhi \tXiao \tXiong \tXiong \tEr \tE \tXing \tPian \tNeng \tZi \tGui \tChen" +
  "g \tTiao \tZhi \tCui \tMei \tXie \tCui \tXie \tMo \tMai \tJi \tObiyaakasu \tNin\tKuai \tSa \tZang \t" +
  "Qi \tNao \tMi \tNong \tLuan \tWan \tBo \tWen \tGuan \tQiu \tJiao \tJing \tRou \tHeng \tCuo \tLie \tS" +
  "han \tTing \tMei \tChun \tShen \tXie \tDe \tZui \tCu \tXiu \tXin \tTuo \tPao \tCheng \tNei \tFu \tDo" +
  "u \tTuo \tNiao \tNoy \tPi \tGu \tGua \tLi \tLian \tZhang \tCui \tJie \tLiang \tZhou \tPi \tBiao \tLu" +
  "n \tPian \tGuo \tKui \tChui \tDan \tTian \tNei \tJing \tJie \tLa \tYi \tAn \tRen \tShen \tChuo \tFu " +
  "\tFu \tJu \tFei \tQiang \tWan \tDong \tPi \tGuo \tZong \tDing \tWu \tMei \tRuan \tZhuan \tZhi \tCou " +
  "\tGua \tOu \tDi \tAn \tXing \tNao \tYu \tChuan \tNan \tYun \tZhong \tRou \tE \tSai \tTu \tYao \tJian" +
  " \tWei \tJiao \tYu \tJia \tDuan \tBi \tChang \tFu \tXian \tNi \tMian \tWa \tTeng \tTui \tBang \tQian" +
  " \tLu \tWa \tSou \tTang \tSu \tZhui \tGe \tYi \tBo \tLiao \tJi \tPi \tXie \tGao \tLu \tBin \tOu \tCh" +
  "ang \tLu \tGuo \tPang \tChuai \tPiao \tJiang \tFu \tTang \tMo \tXi \tZhuan \tLu \tJiao \tYing \tLu " +
  "\tZhi \tTara \tChun \tLian \tTong \tPeng \tNi \tZha \tLiao \tCui \tGui \tXiao \tTeng \tFan \tZhi \tJ" +
  "iao \tShan \tWu \tCui \tRun \tXiang \tSui \tFen \tYing \tTan \tZhua \tDan \tKuai \tNong \tTun \tLian" +
  " \tBi \tYong \tJue \tChu \tYi \tJuan \tLa \tLian \tSao \tTun \tGu \tQi \tCui \tBin \tXun \tRu \tHuo " +
  "\tZang \tXian \tBiao \tXing \tKuan \tLa \tYan \tLu \tHuo \tZang \tLuo \tQu \tZang \tLuan \tNi \tZang" +
  " \tChen \tQian \tWo \tGuang \tZang \tLin \tGuang \tZi \tJiao \tNie \tChou \tJi \tGao \tChou \tMian " +
  "\tNie \tZhi \tZhi \tGe \tJian \tDie \tZhi \tXiu \tTai \tZhen \tJiu \tXian \tYu \tCha \tYao \tYu \tCh" +
  "ong \tXi \tXi \tJiu \tYu \tYu \tXing \tJu \tJiu \tXin \tShe \tShe \tYadoru \tJiu \tShi \tTan \tShu " +
  "\tShi \tTian \tDan \tPu \tPu \tGuan \tHua \tTan \tChuan \tShun \tXia \tWu \tZhou \tDao \tGang \tShan" +
  " \tYi \tFan\tPa \tTai \tFan \tBan \tChuan \tHang \tFang \tBan \tQue \tHesaki \tZhong \tJian \tCang " +
  "\tLing \tZhu \tZe \tDuo \tBo \tXian \tGe \tChuan \tJia \tLu \tHong \tPang \tXi \tKua\tFu \tZao \tFen" +
  "g \tLi \tShao \tYu \tLang \tTing \tYu\tWei \tBo \tMeng \tNian \tJu \tHuang \tShou \tZong \tBian \tMa" +
  "o \tDie \tDao\tBang \tCha \tYi \tSao \tCang \tCao \tLou \tDai \tSori \tYao \tTong \tYofune \tDang \t" +
  "Tan \tLu \tYi \tJie \tJian \tHuo \tMeng \tQi \tLu \tLu \tChan \tShuang \tGen \tLiang \tJian \tJian " +
  "\tSe \tYan \tFu \tPing \tYan \tYan \tCao \tCao \tYi \tLe \tTing \tQiu \tAi \tNai \tTiao \tJiao \tJie" +
  " \tPeng \tWan \tYi \tChai \tMian \tMie \tGan \tQian \tYu \tYu \tShuo \tQiong \tTu \tXia \tQi \tMang " +
  "\tZi \tHui \tSui \tZhi \tXiang \tBi \tFu \tTun \tWei \tWu \tZhi \tQi \tShan \tWen \tQian \tRen \tFou" +
  " \tKou \tJie \tLu \tXu \tJi \tQin \tQi \tYuan \tFen \tBa \tRui \tXin \tJi \tHua \tHua \tFang \tWu \t" +
  "Jue \tGou \tZhi \tYun \tQin \tAo \tChu \tMao \tYa \tFei \tReng \tHang \tCong \tYin \tYou \tBian \tYi" +
  " \tSusa \tWei \tLi \tPi \tE \tXian \tChang \tCang \tMeng \tSu \tYi \tYuan \tRan \tLing \tTai \tTiao " +
  "\tDi \tMiao \tQiong \tLi \tYong \tKe \tMu \tPei \tBao \tGou \tMin \tYi \tYi \tJu \tPi \tRuo \tKu \tZ" +
  "hu \tNi \tBo \tBing \tShan \tQiu \tYao \tXian \tBen \tHong \tYing \tZha \tDong \tJu \tDie \tNie \tGa" +
  "n \tHu \tPing \tMei \tFu \tSheng \tGu \tBi \tWei \tFu \tZhuo \tMao \tFan \tQie \tMao \tMao \tBa \tZi" +
  " \tMo \tZi \tDi \tChi \tJi \tJing \tLong \tCong\tNiao \tYuan\tXue \tYing \tQiong \tGe \tMing \tLi \t" +
  "Rong \tYin \tGen \tQian \tChai \tChen \tYu \tXiu \tZi \tLie \tWu \tJi \tKui \tCe \tChong \tCi \tGou " +
  "\tGuang \tMang \tChi \tJiao \tJiao \tFu \tYu \tZhu \tZi \tJiang \tHui \tYin \tCha \tFa \tRong \tRu " +
  "\tChong \tMang \tTong \tZhong \tQian\tZhu \tXun \tHuan \tKua \tQuan \tGai \tDa \tJing \tXing \tQuan " +
  "\tCao \tJing \tEr \tAn \tShou \tChi \tRen \tJian \tTi \tHuang \tPing \tLi \tJin \tLao \tShu \tZhuang" +
  " \tDa \tJia \tRao \tBi \tZe \tQiao \tHui \tQi \tDang \tZi\tRong \tHun \tYing \tLuo \tYing \tXun \tJi" +
  "n \tSun \tYin \tMai \tHong \tZhou \tYao \tDu \tWei \tChu \tDou \tFu \tRen \tYin \tHe \tBi \tBu \tYun" +
  " \tDi \tTu \tSui \tSui \tCheng \tChen \tWu \tBie \tXi \tGeng \tLi \tFu \tZhu \tMo \tLi \tZhuang \tJi" +
  " \tDuo \tQiu \tSha \tSuo \tChen \tFeng \tJu \tMei \tMeng \tXing \tJing \tChe \tXin \tJun \tYan \tTin" +
  "g \tDiao \tCuo \tWan \tHan \tYou \tCuo \tJia \tWang \tYou \tNiu \tShao \tXian \tLang \tFu \tE \tMo " +
  "\tWen \tJie \tNan \tMu \tKan \tLai \tLian \tShi \tWo \tUsagi \tLian \tHuo \tYou \tYing \tYing \tNuc " +
  "\tChun \tMang \tMang \tCi \tWan \tJing \tDi \tQu \tDong \tJian \tZou \tGu \tLa \tLu \tJu \tWei \tJun" +
  " \tNie \tKun \tHe \tPu \tZi \tGao \tGuo \tFu \tLun \tChang \tChou \tSong \tChui \tZhan \tMen \tCai " +
  "\tBa \tLi \tTu \tBo \tHan \tBao \tQin \tJuan \tXi \tQin \tDi \tJie \tPu \tDang \tJin \tZhao \tTai \t" +
  "Geng \tHua \tGu \tLing \tFei \tJin \tAn \tWang \tBeng \tZhou \tYan \tJu \tJian \tLin \tTan \tShu \tT" +
  "ian \tDao \tHu \tQi \tHe \tCui \tTao \tChun \tBei \tChang \tHuan \tFei \tLai \tQi \tMeng \tPing \tWe" +
  "i \tDan \tSha \tHuan \tYan \tYi \tTiao \tQi \tWan \tCe \tNai \tKutabireru \tTuo \tJiu \tTie \tLuo \t" +
  "Bi\tYi\tMeng \tBo\tYaji \tDing\tYing \tYing \tYing \tXiao \tSa \tQiu \tKe \tXiang \tWan \tYu \tYu \t" +
  "Fu \tLian \tXuan \tYuan \tNan \tZe \tWo \tChun \tXiao \tYu \tPian \tMao \tAn \tE \tLuo \tYing \tHuo " +
  "\tGua \tJiang \tMian \tZuo \tZuo \tJu \tBao \tRou \tXi \tXie \tAn \tQu \tJian \tFu \tLu \tJing \tPen" +
  " \tFeng \tHong \tHong \tHou \tYan \tTu \tZhu \tZi \tXiang \tShen \tGe \tJie \tJing \tMi \tHuang \tSh" +
  "en \tPu \tGai \tDong \tZhou \tQian \tWei \tBo \tWei \tPa \tJi \tHu \tZang \tJia \tDuan \tYao \tJun " +
  "\tCong \tQuan \tWei \tXian \tKui \tTing \tHun \tXi \tShi \tQi \tLan \tZong \tYao \tYuan \tMei \tYun " +
  "\tShu \tDi \tZhuan \tGuan \tSukumo \tXue \tChan \tKai \tKui \tHua\tJiang \tLou \tWei \tPai \tYou\tSo" +
  "u \tYin \tShi \tChun \tShi \tYun \tZhen \tLang \tNu \tMeng \tHe \tQue \tSuan \tYuan \tLi \tJu \tXi " +
  "\tPang \tChu \tXu \tTu \tLiu \tWo \tZhen \tQian \tZu \tPo \tCuo \tYuan \tChu \tYu \tKuai \tPan \tPu " +
  "\tPu \tNa \tShuo \tXi \tFen \tYun \tZheng \tJian \tJi \tRuo \tCang \tEn \tMi \tHao \tSun \tZhen \tMi" +
  "ng \tSou \tXu \tLiu \tXi \tGu \tLang \tRong \tWeng \tGai \tCuo \tShi \tTang \tLuo \tRu \tSuo \tXian " +
  "\tBei \tYao \tGui \tBi \tZong \tGun \tZa \tXiu \tCe \tHai \tLan \tDan\tJi \tLi \tCan \tLang \tYu \tL" +
  "ing\tYing \tMo \tDiao \tTiao \tMao \tTong \tZhu \tPeng \tAn \tLian \tCong \tXi \tPing \tQiu \tJin \t" +
  "Chun \tJie \tWei \tTui \tCao \tYu \tYi \tJi \tLiao \tBi \tLu \tSu \tBu \tZhang \tLuo \tJiang \tMan " +
  "\tYan \tLing \tJi \tPiao \tGun \tHan \tDi \tSu \tLu \tShe \tShang \tDi \tMie \tXun \tMan \tBo \tDi " +
  "\tCuo \tZhe \tSen \tXuan \tWei \tHu \tAo \tMi \tLou \tCu \tZhong \tCai \tPo \tJiang \tMi \tCong \tNi" +
  "ao \tHui \tJun \tYin \tJian \tYan \tShu \tYin \tKui \tChen \tHu \tSha \tKou \tQian \tMa \tZang \tSon" +
  "oko \tQiang \tDou \tLian \tLin \tKou \tAi \tBi \tLi \tWei \tJi \tXun \tSheng \tFan \tMeng \tOu \tCha" +
  "n \tDian \tXun \tJiao \tRui \tRui \tLei \tYu \tQiao \tChu \tHua \tJian \tMai \tYun \tBao \tYou \tQu " +
  "\tLu \tRao \tHui \tE \tTeng \tFei \tJue \tZui \tFa \tRu \tFen \tKui \tShun \tRui \tYa \tXu \tFu \tJu" +
  "e \tDang \tWu \tTong \tSi \tXiao \tXi \tLong \tYun \tShao\tQi \tJian \tYun \tSun \tLing \tYu \tXia " +
  "\tYong \tJi \tHong \tSi \tNong \tLei \tXuan \tYun \tYu \tXi \tHao \tBo \tHao \tAi \tWei \tHui \tWei " +
  "\tJi \tCi \tXiang \tLuan \tMie \tYi \tLeng \tJiang \tCan \tShen \tQiang \tLian \tKe \tYuan \tDa \tTi" +
  " \tTang \tXie \tBi \tZhan \tSun \tLian \tFan \tDing \tJie \tGu \tXie \tShu \tJian \tKao \tHong \tSa " +
  "\tXin \tXun \tYao \tHie \tSou \tShu \tXun \tDui \tPin \tWei \tNeng \tChou \tMai \tRu \tPiao \tTai \t" +
  "Qi \tZao \tChen \tZhen \tEr \tNi \tYing \tGao \tCong \tXiao \tQi \tFa \tJian \tXu \tKui \tJie \tBian" +
  " \tDiao \tMi \tLan \tJin \tCang \tMiao \tQiong \tQie \tXian \tLiao\tOu \tXian \tSu \tLu \tYi \tXu \t" +
  "Xie \tLi \tYi \tLa \tLei \tXiao \tDi \tZhi \tBei \tTeng \tYao \tMo \tHuan \tPiao \tFan \tSou \tTan " +
  "\tTui \tQiong \tQiao \tWei \tLiu \tHui \tOu\tGao \tYun \tBao\tLi \tShu \tChu \tAi \tLin \tZao \tXuan" +
  " \tChen \tLai \tHuo \tTuo \tWu \tRui \tRui \tQi \tHeng \tLu \tSu \tTui \tMang \tYun \tPin \tYu \tXun" +
  " \tJi \tJiong \tXian \tMo \tHagi \tSu \tJiong \tPeng\tNie \tBo \tRang \tYi \tXian \tYu \tJu \tLian " +
  "\tLian \tYin \tQiang \tYing \tLong \tTong \tWei \tYue \tLing \tQu \tYao \tFan \tMi \tLan \tKui \tLan" +
  " \tJi \tDang \tKatsura \tLei \tLei \tHua \tFeng \tZhi \tWei \tKui \tZhan \tHuai \tLi \tJi \tMi \tLei" +
  " \tHuai \tLuo \tJi \tKui \tLu \tJian \tSan \tTeng\tLei \tQuan \tXiao \tYi \tLuan \tMen \tBie \tHu \t" +
  "Hu \tLu \tNue \tLu \tSi \tXiao \tQian \tChu \tHu \tXu \tCuo \tFu \tXu \tXu \tLu \tHu \tYu \tHao \tJi" +
  "ao \tJu \tGuo \tBao \tYan \tZhan \tZhan \tKui \tBan \tXi \tShu \tChong \tQiu \tDiao \tJi \tQiu \tChe" +
  "ng \tShi \tXia\tDi \tZhe \tShe \tYu \tGan \tZi \tHong \tHui \tMeng \tGe \tSui \tXia \tChai \tShi \tY" +
  "i \tMa \tXiang \tFang \tE \tPa \tChi \tQian \tWen \tWen \tRui \tBang \tBi \tYue \tYue \tJun \tQi \tR" +
  "an \tYin \tQi \tTian \tYuan \tJue \tHui \tQin \tQi \tZhong \tYa \tCi \tMu \tWang \tFen \tFen \tHang " +
  "\tGong \tZao \tFu \tRan \tJie \tFu \tChi \tDou \tPiao \tXian \tNi \tTe \tQiu \tYou \tZha \tPing \tCh" +
  "i \tYou \tHe \tHan \tJu \tLi \tFu \tRan \tZha \tGou \tPi \tBo \tXian \tZhu \tDiao \tBie \tBing \tGu " +
  "\tRan \tQu \tShe \tTie \tLing \tGu \tDan \tGu \tYing \tLi \tCheng \tQu \tMou \tGe \tCi \tHui \tHui " +
  "\tMang \tFu \tYang \tWa \tLie \tZhu \tYi \tXian \tKuo \tJiao \tLi \tYi \tPing \tJi \tHa \tShe \tYi " +
  "\tWang \tMo \tQiong \tQie \tGui \tGong \tZhi \tMan \tEbi \tZhi \tJia \tRao \tSi \tQi \tXing \tLie \t" +
  "Qiu \tShao \tYong \tJia \tShui \tChe \tBai \tE \tHan \tShu \tXuan \tFeng \tShen \tZhen \tFu \tXian " +
  "\tZhe \tWu \tFu \tLi \tLang \tBi \tChu \tYuan \tYou \tJie \tDan \tYan \tTing \tDian \tShui \tHui \tG" +
  "ua \tZhi \tSong \tFei \tJu \tMi \tQi \tQi \tYu \tJun \tZha \tMeng \tQiang \tSi \tXi \tLun \tLi \tDie" +
  " \tTiao \tTao \tKun \tGan \tHan \tYu \tBang \tFei \tPi \tWei \tDun \tYi \tYuan \tSu \tQuan \tQian \t" +
  "Rui \tNi \tQing \tWei \tLiang \tGuo \tWan \tDong \tE \tBan \tDi \tWang \tCan \tYang \tYing \tGuo \tC" +
  "han \tDing\tLa \tKe \tJi \tHe \tTing \tMai \tXu \tMian \tYu \tJie \tShi \tXuan \tHuang \tYan \tBian " +
  "\tRou \tWei \tFu \tYuan \tMei \tWei \tFu \tRuan \tXie \tYou \tQiu \tMao \tXia \tYing \tShi \tChong " +
  "\tTang \tZhu \tZong \tTi \tFu \tYuan \tHui \tMeng \tLa \tDu \tHu \tQiu \tDie \tLi \tGua \tYun \tJu " +
  "\tNan \tLou \tQun \tRong \tYing \tJiang \tBan\tLang \tPang \tSi \tXi \tCi \tXi \tYuan \tWeng \tLian " +
  "\tSou \tBan \tRong \tRong \tJi \tWu \tQiu \tHan \tQin \tYi \tBi \tHua \tTang \tYi \tDu \tNai \tHe \t" +
  "Hu \tHui \tMa \tMing \tYi \tWen \tYing \tTeng \tYu \tCang \tSo \tEbi \tMan \tTiao\tShang \tZhe \tCao" +
  " \tChi \tDi \tAo \tLu \tWei \tZhi \tTang \tChen \tPiao \tQu \tPi \tYu \tJian \tLuo \tLou \tQin \tZho" +
  "ng \tYin \tJiang \tShuai \tWen \tJiao \tWan \tZhi \tZhe \tMa \tMa \tGuo \tLiu \tMao \tXi \tCong \tLi" +
  " \tMan \tXiao \tKamakiri \tZhang \tMang \tXiang \tMo \tZui \tSi \tQiu \tTe \tZhi \tPeng \tPeng \tJia" +
  "o \tQu \tBie \tLiao \tPan \tGui \tXi \tJi \tZhuan \tHuang \tFei \tLao \tJue \tJue \tHui \tYin \tChan" +
  " \tJiao \tShan \tRao \tXiao \tMou \tChong \tXun \tSi \tChu\tCheng \tDang \tLi \tXie \tShan \tYi \tJi" +
  "ng \tDa \tChan \tQi \tCi \tXiang \tShe \tLuo \tQin \tYing \tChai \tLi \tZe \tXuan \tLian \tZhu \tZe " +
  "\tXie \tMang \tXie \tQi \tRong \tJian \tMeng \tHao \tRuan \tHuo \tZhuo \tJie \tBin \tHe \tMie \tFan " +
  "\tLei \tJie \tLa \tMi \tLi \tChun \tLi \tQiu \tNie \tLu \tDu \tXiao \tZhu \tLong \tLi \tLong \tFeng " +
  "\tYe \tBeng \tShang \tGu \tJuan \tYing \tShu\tXi \tCan \tQu \tQuan \tDu \tCan \tMan \tJue \tJie \tZh" +
  "u \tZha \tXie \tHuang \tNiu \tPei \tNu \tXin \tZhong \tMo \tEr \tKe \tMie \tXi \tXing \tYan \tKan \t" +
  "Yuan \tQu\tLing \tXuan \tShu \tXian \tTong \tLong \tJie \tXian \tYa \tHu \tWei \tDao \tChong \tWei " +
  "\tDao \tZhun \tHeng \tQu \tYi \tYi \tBu \tGan \tYu \tBiao \tCha \tYi \tShan \tChen \tFu \tGun \tFen " +
  "\tShuai \tJie \tNa \tZhong \tDan \tRi \tZhong \tZhong \tXie \tQi \tXie \tRan \tZhi \tRen \tQin \tJin" +
  " \tJun \tYuan \tMei \tChai \tAo \tNiao \tHui \tRan \tJia \tTuo \tLing \tDai \tBao \tPao \tYao \tZuo " +
  "\tBi \tShao \tTan \tJu \tHe \tShu \tXiu \tZhen \tYi \tPa \tBo \tDi \tWa \tFu \tGun \tZhi \tZhi \tRan" +
  " \tPan \tYi \tMao \tTuo \tNa \tKou \tXian \tChan \tQu \tBei \tGun \tXi \tNe \tBo \tHoro \tFu \tYi \t" +
  "Chi \tKu \tRen \tJiang \tJia \tCun \tMo \tJie \tEr \tLuo \tRu \tZhu \tGui \tYin \tCai \tLie \tKamish" +
  "imo \tYuki \tZhuang \tDang \tXu\tKun \tKen \tNiao \tShu \tJia \tKun \tCheng \tLi \tJuan \tShen \tPou" +
  " \tGe \tYi \tYu \tZhen \tLiu \tQiu \tQun \tJi \tYi \tBu \tZhuang \tShui \tSha \tQun \tLi \tLian \tLi" +
  "an \tKu \tJian \tFou \tChan \tBi \tGun \tTao \tYuan \tLing \tChi \tChang \tChou \tDuo \tBiao \tLiang" +
  " \tChang \tPei \tPei \tFei \tYuan \tLuo \tGuo \tYan \tDu \tXi \tZhi \tJu \tQi \tJi \tZhi \tGua \tKen" +
  " \tChe \tTi \tTi \tFu \tChong \tXie \tBian \tDie \tKun \tDuan \tXiu \tXiu \tHe \tYuan \tBao \tBao \t" +
  "Fu \tYu \tTuan \tYan \tHui \tBei \tChu \tLu \tEna \tHitoe \tYun \tDa \tGou \tDa \tHuai \tRong \tYuan" +
  " \tRu \tNai \tJiong \tSuo \tBan \tTun \tChi \tSang \tNiao \tYing \tJie \tQian \tHuai \tKu \tLian \tB" +
  "ao \tLi \tZhe \tShi \tLu \tYi \tDie \tXie \tXian \tWei \tBiao \tCao \tJi \tJiang \tSen \tBao \tXiang" +
  " \tChihaya \tPu \tJian \tZhuan \tJian \tZui \tJi \tDan \tZa \tFan \tBo \tXiang \tXin \tBie \tRao \tM" +
  "an \tLan \tAo \tDuo \tGui \tCao \tSui \tNong \tChan \tLian \tBi \tJin \tDang \tShu \tTan \tBi \tLan " +
  "\tPu \tRu \tZhi \tDui\tShu \tWa \tShi \tBai \tXie \tBo \tChen \tLai \tLong \tXi \tXian \tLan \tZhe " +
  "\tDai \tTasuki \tZan \tShi \tJian \tPan \tYi \tRan \tYa \tXi \tXi \tYao \tFeng \tTan \tFu\tBiao \tFu" +
  " \tBa \tHe \tJi \tJi \tJian \tGuan \tBian \tYan \tGui \tJue \tPian \tMao \tMi \tMi \tMie \tShi \tSi " +
  "\tZhan \tLuo \tJue \tMi \tTiao \tLian \tYao \tZhi \tJun \tXi \tShan \tWei \tXi \tTian \tYu \tLan \tE" +
  " \tDu \tQin \tPang \tJi \tMing \tYing \tGou \tQu \tZhan \tJin \tGuan \tDeng \tJian \tLuo \tQu \tJian" +
  " \tWei \tJue \tQu \tLuo \tLan \tShen \tDi \tGuan \tJian \tGuan \tYan \tGui \tMi \tShi \tZhan \tLan " +
  "\tJue \tJi \tXi \tDi \tTian \tYu \tGou \tJin \tQu \tJiao \tJiu \tJin \tCu \tJue \tZhi \tChao \tJi \t" +
  "Gu \tDan \tZui \tDi \tShang \tHua \tQuan \tGe \tChi \tJie \tGui \tGong \tHong \tJie \tHun \tQiu \tXi" +
  "ng \tSu \tNi \tJi \tLu \tZhi \tZha \tBi \tXing \tHu \tShang \tGong \tZhi \tXue \tChu \tXi \tYi \tLu " +
  "\tJue \tXi \tYan \tXi \tYan \tYan \tDing \tFu \tQiu \tQiu \tJiao \tHong \tJi \tFan \tXun \tDiao \tHo" +
  "ng \tCha \tTao \tXu \tJie \tYi \tRen \tXun \tYin \tShan \tQi \tTuo \tJi \tXun \tYin \tE \tFen \tYa " +
  "\tYao \tSong \tShen \tYin \tXin \tJue \tXiao \tNe \tChen \tYou \tZhi \tXiong \tFang \tXin \tChao \tS" +
  "he \tXian \tSha \tTun \tXu \tYi \tYi \tSu \tChi \tHe \tShen \tHe \tXu \tZhen \tZhu \tZheng \tGou \tZ" +
  "i \tZi \tZhan \tGu \tFu \tQuan \tDie \tLing \tDi \tYang \tLi \tNao \tPan \tZhou \tGan \tYi \tJu \tAo" +
  " \tZha \tTuo \tYi \tQu \tZhao \tPing \tBi \tXiong \tQu \tBa \tDa \tZu \tTao \tZhu \tCi \tZhe \tYong " +
  "\tXu \tXun \tYi \tHuang \tHe \tShi \tCha \tJiao \tShi \tHen \tCha \tGou \tGui \tQuan \tHui \tJie \tH" +
  "ua \tGai \tXiang \tWei \tShen \tChou \tTong \tMi \tZhan \tMing \tE \tHui \tYan \tXiong \tGua \tEr \t" +
  "Beng \tTiao \tChi \tLei \tZhu \tKuang \tKua \tWu \tYu \tTeng \tJi \tZhi \tRen \tSu \tLang \tE \tKuan" +
  "g \tE \tShi \tTing \tDan \tBo \tChan \tYou \tHeng \tQiao \tQin \tShua \tAn \tYu \tXiao \tCheng \tJie" +
  " \tXian \tWu \tWu \tGao \tSong \tPu \tHui \tJing \tShuo \tZhen \tShuo \tDu \tYasashi \tChang \tShui " +
  "\tJie \tKe \tQu \tCong \tXiao \tSui \tWang \tXuan \tFei \tChi \tTa \tYi \tNa \tYin \tDiao \tPi \tChu" +
  "o \tChan \tChen \tZhun \tJi \tQi \tTan \tZhui \tWei \tJu \tQing \tJian \tZheng \tZe \tZou \tQian \tZ" +
  "huo \tLiang \tJian \tZhu \tHao \tLun \tShen \tBiao \tHuai \tPian \tYu \tDie \tXu \tPian \tShi \tXuan" +
  " \tShi \tHun \tHua \tE \tZhong \tDi \tXie \tFu \tPu \tTing \tJian \tQi \tYu \tZi \tChuan \tXi \tHui " +
  "\tYin \tAn \tXian \tNan \tChen \tFeng \tZhu \tYang \tYan \tHeng \tXuan \tGe \tNuo \tQi \tMou \tYe \t" +
  "Wei \tXing\tTeng \tZou \tShan \tJian \tBo \tKu \tHuang \tHuo \tGe \tYing \tMi \tXiao \tMi \tXi \tQia" +
  "ng \tChen \tNue \tTi \tSu \tBang \tChi \tQian \tShi \tJiang \tYuan \tXie \tXue \tTao \tYao \tYao \tL" +
  "u\tYu \tBiao \tCong \tQing \tLi \tMo \tMo \tShang \tZhe \tMiu \tJian \tZe \tJie \tLian \tLou \tCan " +
  "\tOu \tGuan \tXi \tZhuo \tAo \tAo \tJin \tZhe \tYi \tHu \tJiang \tMan \tChao \tHan \tHua \tChan \tXu" +
  " \tZeng \tSe \tXi \tShe \tDui \tZheng \tNao \tLan \tE \tYing \tJue \tJi \tZun \tJiao \tBo \tHui \tZh" +
  "uan \tMu \tZen \tZha \tShi \tQiao \tTan \tZen \tPu \tSheng \tXuan \tZao \tTan \tDang \tSui \tQian \t" +
  "Ji \tJiao \tJing \tLian \tNou \tYi \tAi \tZhan \tPi \tHui \tHua \tYi \tYi \tShan \tRang \tNou \tQian" +
  " \tZhui \tTa \tHu \tZhou \tHao \tYe \tYing \tJian \tYu \tJian \tHui \tDu \tZhe \tXuan \tZan \tLei \t" +
  "Shen \tWei \tChan \tLi \tYi \tBian \tZhe \tYan \tE \tChou \tWei \tChou \tYao \tChan \tRang \tYin \tL" +
  "an \tChen \tHuo \tZhe \tHuan \tZan \tYi \tDang \tZhan \tYan \tDu \tYan \tJi \tDing \tFu \tRen \tJi " +
  "\tJie \tHong \tTao \tRang \tShan \tQi \tTuo \tXun \tYi \tXun \tJi \tRen \tJiang \tHui \tOu \tJu \tYa" +
  " \tNe \tXu \tE \tLun \tXiong \tSong \tFeng \tShe \tFang \tJue \tZheng \tGu \tHe \tPing \tZu \tShi \t" +
  "Xiong \tZha \tSu \tZhen \tDi \tZou \tCi \tQu \tZhao \tBi \tYi \tYi \tKuang \tLei \tShi \tGua \tShi " +
  "\tJie \tHui \tCheng \tZhu \tShen \tHua \tDan \tGou \tQuan \tGui \tXun \tYi \tZheng \tGai \tXiang \tC" +
  "ha \tHun \tXu \tZhou \tJie \tWu \tYu \tQiao \tWu \tGao \tYou \tHui \tKuang \tShuo \tSong \tAi \tQing" +
  " \tZhu \tZou \tNuo \tDu \tZhuo \tFei \tKe \tWei \tYu \tShui \tShen \tDiao \tChan \tLiang \tZhun \tSu" +
  "i \tTan \tShen \tYi \tMou \tChen \tDie \tHuang \tJian \tXie \tNue \tYe \tWei \tE \tYu \tXuan \tChan " +
  "\tZi \tAn \tYan \tDi \tMi \tPian \tXu \tMo \tDang \tSu \tXie \tYao \tBang \tShi \tQian \tMi \tJin \t" +
  "Man \tZhe \tJian \tMiu \tTan \tZen \tQiao \tLan \tPu \tJue \tYan \tQian \tZhan \tChen \tGu \tQian \t" +
  "Hong \tXia \tJue \tHong \tHan \tHong \tXi \tXi \tHuo \tLiao \tHan \tDu \tLong \tDou \tJiang \tQi \tS" +
  "hi \tLi \tDeng \tWan \tBi \tShu \tXian \tFeng \tZhi \tZhi \tYan \tYan \tShi \tChu \tHui \tTun \tYi " +
  "\tTun \tYi \tJian \tBa \tHou \tE \tCu \tXiang \tHuan \tJian \tKen \tGai \tQu \tFu \tXi \tBin \tHao " +
  "\tYu \tZhu \tJia \tFen\tXi \tBo \tWen \tHuan \tBin \tDi \tZong \tFen \tYi \tZhi \tBao \tChai \tHan " +
  "\tPi \tNa \tPi \tGou \tNa \tYou \tDiao \tMo \tSi \tXiu \tHuan \tKun \tHe \tHe \tMo \tHan \tMao \tLi " +
  "\tNi \tBi \tYu \tJia \tTuan \tMao \tPi \tXi \tE \tJu \tMo \tChu \tTan \tHuan \tJue \tBei \tZhen \tYu" +
  "an \tFu \tCai \tGong \tTe \tYi \tHang \tWan \tPin \tHuo \tFan \tTan \tGuan \tZe \tZhi \tEr \tZhu \tS" +
  "hi \tBi \tZi \tEr \tGui \tPian \tBian \tMai \tDai \tSheng \tKuang \tFei \tTie \tYi \tChi \tMao \tHe " +
  "\tBi \tLu \tRen \tHui \tGai \tPian \tZi \tJia \tXu \tZei \tJiao \tGai \tZang \tJian \tYing \tXun \tZ" +
  "hen \tShe \tBin \tBin \tQiu \tShe \tChuan \tZang \tZhou \tLai \tZan \tSi \tChen \tShang \tTian \tPei" +
  " \tGeng \tXian \tMai \tJian \tSui \tFu \tTan \tCong \tCong \tZhi \tJi \tZhang \tDu \tJin \tXiong \tS" +
  "hun \tYun \tBao \tZai \tLai \tFeng \tCang \tJi \tSheng \tAi \tZhuan \tFu \tGou \tSai \tZe \tLiao \tW" +
  "ei \tBai \tChen \tZhuan \tZhi \tZhui \tBiao \tYun \tZeng \tTan \tZan \tYan \tPu\tShan \tWan \tYing " +
  "\tJin \tGan \tXian \tZang \tBi \tDu \tShu \tYan \tShang\tXuan \tLong \tGan \tZang \tBei \tZhen \tFu " +
  "\tYuan \tGong \tCai \tZe \tXian \tBai \tZhang \tHuo \tZhi \tFan \tTan \tPin \tBian \tGou \tZhu \tGua" +
  "n \tEr \tJian \tBi \tShi \tTie \tGui \tKuang \tDai \tMao \tFei \tHe \tYi \tZei \tZhi \tJia \tHui \tZ" +
  "i \tRen \tLu \tZang \tZi \tGai \tJin \tQiu \tZhen \tLai \tShe \tFu \tDu \tJi \tShu \tShang \tSi \tBi" +
  " \tZhou \tGeng \tPei \tTan \tLai \tFeng \tZhui \tFu \tZhuan \tSai \tZe \tYan \tZan \tYun \tZeng \tSh" +
  "an \tYing \tGan \tChi \tXi \tShe \tNan \tXiong \tXi \tCheng \tHe \tCheng \tZhe \tXia \tTang \tZou \t" +
  "Zou \tLi \tJiu \tFu \tZhao \tGan \tQi \tShan \tQiong \tQin \tXian \tCi \tJue \tQin \tChi \tCi \tChen" +
  " \tChen \tDie \tJu \tChao \tDi \tSe \tZhan \tZhu \tYue \tQu \tJie \tChi \tChu \tGua \tXue \tCi \tTia" +
  "o \tDuo \tLie \tGan \tSuo \tCu \tXi \tZhao \tSu \tYin \tJu \tJian \tQue \tTang \tChuo \tCui \tLu \tQ" +
  "u \tDang \tQiu \tZi \tTi \tQu \tChi \tHuang \tQiao \tQiao \tYao \tZao \tTi \tEr\tZan \tZan \tZu \tPa" +
  " \tBao \tKu \tKe \tDun \tJue \tFu \tChen \tJian \tFang \tZhi \tSa \tYue \tPa \tQi \tYue \tQiang \tTu" +
  "o \tTai \tYi \tNian \tLing \tMei \tBa \tDie \tKu \tTuo \tJia \tCi \tPao \tQia \tZhu \tJu \tDie \tZhi" +
  " \tFu \tPan \tJu \tShan \tBo \tNi \tJu \tLi \tGen \tYi \tJi \tDai \tXian \tJiao \tDuo \tZhu \tZhuan " +
  "\tKua \tZhuai \tGui \tQiong \tKui \tXiang \tChi \tLu \tBeng \tZhi \tJia \tTiao \tCai \tJian \tTa \tQ" +
  "iao \tBi \tXian \tDuo \tJi \tJu \tJi \tShu \tTu \tChu \tJing \tNie \tXiao \tBo \tChi \tQun \tMou \tS" +
  "hu \tLang \tYong \tJiao \tChou \tQiao \tMou\tTa \tJian \tQi \tWo \tWei \tZhuo \tJie \tJi \tNie \tJu " +
  "\tJu \tLun \tLu \tLeng \tHuai \tJu \tChi \tWan \tQuan \tTi \tBo \tZu \tQie \tJi \tCu \tZong \tCai \t" +
  "Zong \tPeng \tZhi \tZheng \tDian \tZhi \tYu \tDuo \tDun \tChun \tYong \tZhong \tDi \tZhe \tChen \tCh" +
  "uai \tJian \tGua \tTang \tJu \tFu \tZu \tDie \tPian \tRou \tNuo \tTi \tCha \tTui \tJian \tDao \tCuo " +
  "\tXi \tTa \tQiang \tZhan \tDian \tTi \tJi \tNie \tMan \tLiu \tZhan \tBi \tChong \tLu \tLiao \tCu \tT" +
  "ang \tDai \tSuo \tXi \tKui \tJi \tZhi \tQiang \tDi \tMan \tZong \tLian \tBeng \tZao \tNian \tBie \tT" +
  "ui \tJu \tDeng \tCeng \tXian \tFan \tChu \tZhong \tDun \tBo \tCu \tZu \tJue \tJue \tLin \tTa \tQiao " +
  "\tQiao \tPu \tLiao \tDun \tCuan \tKuang \tZao \tTa \tBi \tBi \tZhu \tJu \tChu \tQiao \tDun \tChou \t" +
  "Ji \tWu \tYue \tNian \tLin \tLie \tZhi \tLi \tZhi \tChan \tChu \tDuan \tWei \tLong \tLin \tXian \tWe" +
  "i \tZuan \tLan \tXie \tRang \tXie \tNie \tTa \tQu \tJie \tCuan \tZuan \tXi \tKui \tJue \tLin \tShen " +
  "\tGong \tDan \tSegare \tQu \tTi \tDuo \tDuo \tGong \tLang \tNerau \tLuo \tAi \tJi \tJu \tTang \tUtsu" +
  "ke \tLao\tYan \tShitsuke \tKang \tQu \tLou \tLao \tTuo \tZhi \tYagate \tTi \tDao \tYagate \tYu \tChe" +
  " \tYa \tGui \tJun \tWei \tYue \tXin \tDi \tXuan \tFan \tRen \tShan \tQiang \tShu \tTun \tChen \tDai " +
  "\tE \tNa \tQi \tMao \tRuan \tRen \tFan \tZhuan \tHong \tHu \tQu \tHuang \tDi \tLing \tDai \tAo \tZhe" +
  "n \tFan \tKuang \tAng \tPeng \tBei \tGu \tKu \tPao \tZhu \tRong \tE \tBa \tZhou \tZhi \tYao \tKe \tY" +
  "i \tQing \tShi \tPing \tEr \tQiong \tJu \tJiao \tGuang \tLu \tKai \tQuan \tZhou \tZai \tZhi \tShe \t" +
  "Liang \tYu \tShao \tYou \tHuan \tYun \tZhe \tWan \tFu \tQing \tZhou \tNi \tLing \tZhe \tZhan \tLiang" +
  " \tZi \tHui \tWang \tChuo \tGuo \tKan \tYi \tPeng \tQian \tGun \tNian \tPian \tGuan \tBei \tLun \tPa" +
  "i \tLiang \tRuan \tRou \tJi \tYang \tXian \tChuan \tCou \tQun \tGe \tYou \tHong \tShu \tFu \tZi \tFu" +
  " \tWen \tBen \tZhan \tYu \tWen \tTao \tGu \tZhen \tXia \tYuan \tLu \tJiu \tChao \tZhuan \tWei \tHun " +
  "\tSori \tChe \tJiao \tZhan \tPu \tLao \tFen \tFan \tLin \tGe \tSe \tKan \tHuan \tYi \tJi \tDui \tEr " +
  "\tYu \tXian \tHong \tLei \tPei \tLi \tLi \tLu \tLin \tChe \tYa \tGui \tXuan \tDi \tRen \tZhuan \tE " +
  "\tLun \tRuan \tHong \tKu \tKe \tLu \tZhou \tZhi \tYi \tHu \tZhen \tLi \tYao \tQing \tShi \tZai \tZhi" +
  " \tJiao \tZhou \tQuan \tLu \tJiao \tZhe \tFu \tLiang \tNian \tBei \tHui \tGun \tWang \tLiang \tChuo " +
  "\tZi \tCou \tFu \tJi \tWen \tShu \tPei \tYuan \tXia \tZhan \tLu \tChe \tLin \tXin \tGu \tCi \tCi \tP" +
  "i \tZui \tBian \tLa \tLa \tCi \tXue \tBan \tBian \tBian \tBian \tXue\tBian \tBan \tCi \tBian \tBian " +
  "\tChen \tRu \tNong \tNong \tZhen \tChuo \tChuo \tSuberu \tReng \tBian \tBian \tSip \tIp \tLiao \tDa " +
  "\tChan \tGan \tQian \tYu \tYu \tQi \tXun \tYi \tGuo \tMai \tQi \tZa \tWang \tJia \tZhun \tYing \tTi " +
  "\tYun \tJin \tHang \tYa \tFan \tWu \tDa \tE \tHuan \tZhe \tTotemo \tJin \tYuan \tWei \tLian \tChi \t" +
  "Che \tNi \tTiao \tZhi \tYi \tJiong \tJia \tChen \tDai \tEr \tDi \tPo \tWang \tDie \tZe \tTao \tShu " +
  "\tTuo \tKep \tJing \tHui \tTong \tYou \tMi \tBeng \tJi \tNai \tYi \tJie \tZhui \tLie \tXun \tTui \tS" +
  "ong \tGua \tTao \tPang \tHou \tNi \tDun \tJiong \tXuan \tXun \tBu \tYou \tXiao \tQiu \tTou \tZhu \tQ" +
  "iu \tDi \tDi \tTu \tJing \tTi \tDou \tYi \tZhe \tTong \tGuang \tWu \tShi \tCheng \tSu \tZao \tQun \t" +
  "Feng \tLian \tSuo \tHui \tLi \tSako \tLai \tBen \tCuo \tJue \tBeng \tHuan \tDai \tLu \tYou \tZhou \t" +
  "Jin \tYu \tChuo \tKui \tWei \tTi \tYi \tDa \tYuan \tLuo \tBi \tNuo \tYu \tDang \tSui \tDun \tSui \tY" +
  "an \tChuan \tChi \tTi \tYu \tShi \tZhen \tYou \tYun \tE \tBian \tGuo \tE \tXia \tHuang \tQiu \tDao " +
  "\tDa \tWei \tAppare \tYi \tGou \tYao \tChu \tLiu \tXun \tTa \tDi \tChi \tYuan \tSu \tTa \tQian \tMa" +
  "\tYao \tGuan \tZhang \tAo \tShi \tCe \tChi \tSu \tZao \tZhe \tDun \tDi \tLou \tChi \tCuo \tLin \tZun" +
  " \tRao \tQian \tXuan \tYu \tYi \tWu \tLiao \tJu \tShi \tBi \tYao \tMai \tXie \tSui \tHuan \tZhan \tT" +
  "eng \tEr \tMiao \tBian \tBian \tLa \tLi \tYuan \tYao \tLuo \tLi \tYi \tTing \tDeng \tQi \tYong \tSha" +
  "n \tHan \tYu \tMang \tRu \tQiong \tXi\tKuang \tFu \tKang \tBin \tFang \tXing \tNa \tXin \tShen \tBan" +
  "g \tYuan \tCun \tHuo \tXie \tBang \tWu \tJu \tYou \tHan \tTai \tQiu \tBi \tPei \tBing \tShao \tBei " +
  "\tWa \tDi \tZou \tYe \tLin \tKuang \tGui \tZhu \tShi \tKu \tYu \tGai \tGe \tXi \tZhi \tJi \tXun \tHo" +
  "u \tXing \tJiao \tXi \tGui \tNuo \tLang \tJia \tKuai \tZheng \tOtoko \tYun \tYan \tCheng \tDou \tChi" +
  " \tLu \tFu \tWu \tFu \tGao \tHao \tLang \tJia \tGeng \tJun \tYing \tBo \tXi \tBei \tLi \tYun \tBu \t" +
  "Xiao \tQi \tPi \tQing \tGuo \tZhou \tTan \tZou \tPing \tLai \tNi \tChen \tYou \tBu \tXiang \tDan \tJ" +
  "u \tYong \tQiao \tYi \tDu \tYan \tMei \tRuo \tBei \tE \tYu \tJuan \tYu \tYun \tHou \tKui \tXiang \tX" +
  "iang \tSou \tTang \tMing \tXi \tRu \tChu \tZi \tZou \tJu \tWu \tXiang \tYun \tHao \tYong \tBi \tMo " +
  "\tChao \tFu \tLiao \tYin \tZhuan \tHu \tQiao \tYan \tZhang \tFan \tQiao \tXu \tDeng \tBi \tXin \tBi " +
  "\tCeng \tWei \tZheng \tMao \tShan \tLin \tPo \tDan \tMeng \tYe \tCao \tKuai \tFeng \tMeng \tZou \tKu" +
  "ang \tLian \tZan \tChan \tYou \tQi \tYan \tChan \tZan \tLing \tHuan \tXi \tFeng \tZan \tLi \tYou \tD" +
  "ing \tQiu \tZhuo \tPei \tZhou \tYi \tHang \tYu \tJiu \tYan \tZui \tMao \tDan \tXu \tTou \tZhen \tFen" +
  " \tSakenomoto \tFu\tYun \tTai \tTian \tQia \tTuo \tZuo \tHan \tGu \tSu \tPo \tChou \tZai \tMing \tLu" +
  "o \tChuo \tChou \tYou \tTong \tZhi \tXian \tJiang \tCheng \tYin \tTu \tXiao \tMei \tKu \tSuan \tLei " +
  "\tPu \tZui \tHai \tYan \tXi \tNiang \tWei \tLu \tLan \tYan \tTao \tPei \tZhan \tChun \tTan \tZui \tC" +
  "huo \tCu \tKun \tTi \tMian \tDu \tHu \tXu \tXing \tTan \tJiu \tChun \tYun \tPo \tKe \tSou \tMi \tQua" +
  "n \tChou \tCuo \tYun \tYong \tAng \tZha \tHai \tTang \tJiang \tPiao \tShan \tYu \tLi \tZao \tLao \tY" +
  "i \tJiang \tPu \tJiao \tXi \tTan \tPo \tNong \tYi \tLi \tJu \tJiao \tYi \tNiang \tRu \tXun \tChou \t" +
  "Yan \tLing \tMi \tMi \tNiang \tXin \tJiao \tXi \tMi \tYan \tBian \tCai \tShi \tYou \tShi \tShi \tLi " +
  "\tZhong \tYe \tLiang \tLi \tJin \tJin \tQiu \tYi \tDiao \tDao \tZhao \tDing \tPo \tQiu \tHe \tFu \tZ" +
  "hen \tZhi \tBa \tLuan \tFu \tNai \tDiao \tShan \tQiao \tKou \tChuan \tZi \tFan \tYu \tHua \tHan \tGo" +
  "ng \tQi \tMang \tRi \tDi \tSi \tXi \tYi \tChai \tShi \tTu \tXi \tNu \tQian \tIshiyumi \tJian \tPi \t" +
  "Ye \tYin \tBa \tFang \tChen \tXing \tTou \tYue \tYan \tFu \tPi \tNa \tXin \tE \tJue \tDun \tGou \tYi" +
  "n \tQian \tBan \tJi \tRen \tChao \tNiu \tFen \tYun \tJi \tQin \tPi \tGuo \tHong \tYin \tJun \tShi \t" +
  "Yi \tZhong \tNie \tGai \tRi \tHuo \tTai \tKang \tHabaki \tIrori \tNgaak \tQin\tDuo \tZi \tNi \tTu \t" +
  "Shi \tMin \tGu \tE \tLing \tBing \tYi \tGu \tBa \tPi \tYu \tSi \tZuo \tBu \tYou \tDian \tJia \tZhen " +
  "\tShi \tShi \tTie \tJu \tZhan \tShi \tShe \tXuan \tZhao \tBao \tHe \tBi \tSheng \tChu \tShi \tBo \tZ" +
  "hu \tChi \tZa \tPo \tTong \tQian \tFu \tZhai \tLiu \tQian \tFu \tLi \tYue \tPi \tYang \tBan \tBo \tJ" +
  "ie \tGou \tShu \tZheng \tMu \tNi \tNie \tDi \tJia \tMu \tDan \tShen \tYi \tSi \tKuang \tKa \tBei \tJ" +
  "ian \tTong \tXing \tHong \tJiao \tChi \tEr \tGe \tBing \tShi \tMou \tJia \tYin \tJun \tZhou \tChong " +
  "\tShang \tTong \tMo \tLei \tJi \tYu \tXu \tRen \tZun \tZhi \tQiong \tShan \tChi \tXian \tXing \tQuan" +
  " \tPi \tTie \tZhu \tHou \tMing \tKua \tYao \tXian \tXian \tXiu \tJun \tCha \tLao \tJi \tPi \tRu \tMi" +
  " \tYi \tYin \tGuang \tAn \tDiou \tYou \tSe \tKao \tQian \tLuan \tKasugai \tAi \tDiao \tHan \tRui \tS" +
  "hi \tKeng \tQiu \tXiao \tZhe \tXiu \tZang \tTi \tCuo \tGua \tGong \tZhong \tDou \tLu \tMei \tLang \t" +
  "Wan \tXin \tYun \tBei \tWu \tSu \tYu \tChan \tTing \tBo \tHan \tJia \tHong \tCuan \tFeng \tChan \tWa" +
  "n \tZhi \tSi \tXuan \tWu \tWu \tTiao \tGong \tZhuo \tLue \tXing \tQian \tShen \tHan \tLue \tXie \tCh" +
  "u \tZheng \tJu \tXian \tTie \tMang \tPu \tLi \tPan \tRui \tCheng \tGao \tLi \tTe \tPyeng \tZhu \tZhe" +
  "n\tTu \tLiu \tZui \tJu \tChang \tYuan \tJian \tGang \tDiao \tTao \tChang \tLun \tKua \tLing \tBei \t" +
  "Lu \tLi \tQiang \tPou \tJuan \tMin \tZui \tPeng \tAn \tPi \tXian \tYa \tZhui \tLei \tA \tKong \tTa " +
  "\tKun \tDu \tWei \tChui \tZi \tZheng \tBen \tNie \tCong \tQun \tTan \tDing \tQi \tQian \tZhuo \tQi " +
  "\tYu \tJin \tGuan \tMao \tChang \tTian \tXi \tLian \tTao \tGu \tCuo \tShu \tZhen \tLu \tMeng \tLu \t" +
  "Hua \tBiao \tGa \tLai \tKen \tKazari \tBu \tNai \tWan \tZan \tHu\tDe \tXian \tPian\tHuo \tLiang \tFa" +
  "\tMen \tKai \tYing \tDi \tLian \tGuo \tXian \tDu \tTu \tWei \tCong \tFu \tRou \tJi \tE \tRou \tChen " +
  "\tTi \tZha \tHong \tYang \tDuan \tXia \tYu \tKeng \tXing \tHuang \tWei \tFu \tZhao \tCha \tQie \tShe" +
  " \tHong \tKui \tTian \tMou \tQiao \tQiao \tHou \tTou \tCong \tHuan \tYe \tMin \tJian \tDuan \tJian " +
  "\tSong \tKui \tHu \tXuan \tDuo \tJie \tZhen \tBian \tZhong \tZi \tXiu \tYe \tMei \tPai \tAi \tJie \t" +
  "Qian\tMei \tChuo \tTa \tBang \tXia \tLian \tSuo \tXi \tLiu \tZu \tYe \tNou \tWeng \tRong \tTang \tSu" +
  "o \tQiang \tGe \tShuo \tChui \tBo \tPan \tSa \tBi \tSang \tGang \tZi \tWu \tYing \tHuang \tTiao \tLi" +
  "u \tKai \tSun \tSha \tSou \tWan \tHao \tZhen \tZhen \tLuo \tYi \tYuan \tTang \tNie \tXi \tJia \tGe " +
  "\tMa \tJuan \tKasugai \tHabaki \tSuo \tXia\tFeng\tWen\tNa \tLu \tSuo \tOu \tZu \tTuan \tXiu \tGuan " +
  "\tXuan \tLian \tShou \tAo \tMan \tMo \tLuo \tBi \tWei \tLiu \tDi \tQiao \tCong \tYi \tLu \tAo \tKeng" +
  " \tQiang \tCui \tQi \tChang \tTang \tMan \tYong \tChan \tFeng \tJing \tBiao \tShu \tLou \tXiu \tCong" +
  " \tLong \tZan \tJian \tCao \tLi \tXia \tXi \tKang \tShuang\tBeng \tZhang\tQian\tZheng \tLu \tHua \tJ" +
  "i \tPu \tHui \tQiang \tPo \tLin \tSuo \tXiu \tSan \tCheng \tKui \tSi \tLiu \tNao \tHeng \tPie \tSui " +
  "\tFan \tQiao \tQuan \tYang \tTang \tXiang \tJue \tJiao \tZun \tLiao \tJie \tLao \tDui \tTan \tZan \t" +
  "Ji \tJian \tZhong \tDeng \tYa \tYing \tDui \tJue \tNou \tTi \tPu \tTie \tFan\tCheng\tDing \tShan \tK" +
  "ai \tJian \tFei \tSui \tLu \tJuan \tHui \tYu \tLian \tZhuo \tQiao \tQian \tZhuo \tLei \tBi \tTie \tH" +
  "uan \tYe \tDuo \tGuo \tDang \tJu \tFen \tDa \tBei \tYi \tAi \tZong \tXun \tDiao \tZhu \tHeng \tZhui " +
  "\tJi \tNie \tTa \tHuo \tQing \tBin \tYing \tKui \tNing \tXu \tJian \tJian \tYari \tCha \tZhi \tMie " +
  "\tLi \tLei \tJi \tZuan \tKuang \tShang \tPeng \tLa \tDu \tShuo \tChuo \tLu \tBiao \tBao \tLu \tXian" +
  "\tKuan\tLong \tE \tLu \tXin \tJian \tLan \tBo \tJian \tYao \tChan \tXiang \tJian \tXi \tGuan \tCang " +
  "\tNie \tLei \tCuan \tQu \tPan \tLuo \tZuan \tLuan \tZao \tNie \tJue \tTang \tShu \tLan \tJin \tQiu " +
  "\tYi \tZhen \tDing \tZhao \tPo \tDiao \tTu \tQian \tChuan \tShan \tJi \tFan \tDiao \tMen \tNu \tXi " +
  "\tChai \tXing \tGai \tBu \tTai \tJu \tDun \tChao \tZhong \tNa \tBei \tGang \tBan \tQian \tYao \tQin " +
  "\tJun \tWu \tGou \tKang \tFang \tHuo \tTou \tNiu \tBa \tYu \tQian \tZheng \tQian \tGu \tBo \tE \tPo " +
  "\tBu \tBa \tYue \tZuan \tMu \tDan \tJia \tDian \tYou \tTie \tBo \tLing \tShuo \tQian \tLiu \tBao \tS" +
  "hi \tXuan \tShe \tBi \tNi \tPi \tDuo \tXing \tKao \tLao \tEr \tMang \tYa \tYou \tCheng \tJia \tYe \t" +
  "Nao \tZhi \tDang \tTong \tLu \tDiao \tYin \tKai \tZha \tZhu \tXian \tTing \tDiu \tXian \tHua \tQuan " +
  "\tSha \tJia \tYao \tGe \tMing \tZheng \tSe \tJiao \tYi \tChan \tChong \tTang \tAn \tYin \tRu \tZhu " +
  "\tLao \tPu \tWu \tLai \tTe \tLian \tKeng \tXiao \tSuo \tLi \tZheng \tChu \tGuo \tGao \tTie \tXiu \tC" +
  "uo \tLue \tFeng \tXin \tLiu \tKai \tJian \tRui \tTi \tLang \tQian \tJu \tA \tQiang \tDuo \tTian \tCu" +
  "o \tMao \tBen \tQi \tDe \tKua \tKun \tChang \tXi \tGu \tLuo \tChui \tZhui \tJin \tZhi \tXian \tJuan " +
  "\tHuo \tPou \tTan \tDing \tJian \tJu \tMeng \tZi \tQie \tYing \tKai \tQiang \tSong \tE \tCha \tQiao " +
  "\tZhong \tDuan \tSou \tHuang \tHuan \tAi \tDu \tMei \tLou \tZi \tFei \tMei \tMo \tZhen \tBo \tGe \tN" +
  "ie \tTang \tJuan \tNie \tNa \tLiu \tHao \tBang \tYi \tJia \tBin \tRong \tBiao \tTang \tMan \tLuo \tB" +
  "eng \tYong \tJing \tDi \tZu \tXuan \tLiu \tTan \tJue \tLiao \tPu \tLu \tDui \tLan \tPu \tCuan \tQian" +
  "g \tDeng \tHuo \tLei \tHuan \tZhuo \tLian \tYi \tCha \tBiao \tLa \tChan \tXiang \tChang \tChang \tJi" +
  "u \tAo \tDie \tQu \tLiao \tMi \tChang \tMen \tMa \tShuan \tShan \tHuo \tMen \tYan \tBi \tHan \tBi \t" +
  "San \tKai \tKang \tBeng \tHong \tRun \tSan \tXian \tXian \tJian \tMin \tXia \tYuru \tDou \tZha \tNao" +
  " \tJian \tPeng \tXia \tLing \tBian \tBi \tRun \tHe \tGuan \tGe \tGe \tFa \tChu \tHong \tGui \tMin \t" +
  "Se \tKun \tLang \tLu \tTing \tSha \tJu \tYue \tYue \tChan \tQu \tLin \tChang \tShai \tKun \tYan \tMi" +
  "n \tYan \tE \tHun \tYu \tWen \tXiang \tBao \tXiang \tQu \tYao \tWen \tBan \tAn \tWei \tYin \tKuo \tQ" +
  "ue \tLan \tDu \tQuan\tPhwung \tTian \tNie \tTa \tKai \tHe \tQue \tChuang \tGuan \tDou \tQi \tKui \tT" +
  "ang \tGuan \tPiao \tKan \tXi \tHui \tChan \tPi \tDang \tHuan \tTa \tWen \tTa\tMen \tShuan \tShan \tY" +
  "an \tHan \tBi \tWen \tChuang \tRun \tWei \tXian \tHong \tJian \tMin \tKang \tMen \tZha \tNao \tGui " +
  "\tWen \tTa \tMin \tLu \tKai \tFa \tGe \tHe \tKun \tJiu \tYue \tLang \tDu \tYu \tYan \tChang \tXi \tW" +
  "en \tHun \tYan \tE \tChan \tLan \tQu \tHui \tKuo \tQue \tGe \tTian \tTa \tQue \tKan \tHuan \tFu \tFu" +
  " \tLe \tDui \tXin \tQian \tWu \tYi \tTuo \tYin \tYang \tDou \tE \tSheng \tBan \tPei \tKeng \tYun \tR" +
  "uan \tZhi \tPi \tJing \tFang \tYang \tYin \tZhen \tJie \tCheng \tE \tQu \tDi \tZu \tZuo \tDian \tLin" +
  "g \tA \tTuo \tTuo \tPo \tBing \tFu \tJi \tLu \tLong \tChen \tXing \tDuo \tLou \tMo \tJiang \tShu \tD" +
  "uo \tXian \tEr \tGui \tYu \tGai \tShan \tXun \tQiao \tXing \tChun \tFu \tBi \tXia \tShan \tSheng \tZ" +
  "hi \tPu \tDou \tYuan \tZhen \tChu \tXian \tTou \tNie \tYun \tXian \tPei \tPei \tZou \tYi \tDui \tLun" +
  " \tYin \tJu \tChui \tChen \tPi \tLing \tTao \tXian \tLu \tSheng \tXian \tYin \tZhu \tYang \tReng \tS" +
  "han \tChong \tYan \tYin \tYu \tTi \tYu \tLong \tWei \tWei \tNie \tDui \tSui \tAn \tHuang \tJie \tSui" +
  " \tYin \tGai \tYan \tHui \tGe \tYun \tWu \tWei \tAi \tXi \tTang \tJi \tZhang \tDao \tAo \tXi \tYin " +
  "\tSa\tRao \tLin \tTui \tDeng \tPi \tSui \tSui \tYu \tXian \tFen \tNi \tEr \tJi \tDao \tXi \tYin \tE " +
  "\tHui \tLong \tXi \tLi \tLi \tLi \tZhui \tHe \tZhi \tZhun \tJun \tNan \tYi \tQue \tYan \tQian \tYa " +
  "\tXiong \tYa \tJi \tGu \tHuan \tZhi \tGou \tJun \tCi \tYong \tJu \tChu \tHu \tZa \tLuo \tYu \tChou " +
  "\tDiao \tSui \tHan \tHuo \tShuang \tGuan \tChu \tZa \tYong \tJi \tXi \tChou \tLiu \tLi \tNan \tXue " +
  "\tZa \tJi \tJi \tYu \tYu \tXue \tNa \tFou \tSe \tMu \tWen \tFen \tPang \tYun \tLi \tLi \tAng \tLing " +
  "\tLei \tAn \tBao \tMeng \tDian \tDang \tXing \tWu \tZhao \tXu \tJi \tMu \tChen \tXiao \tZha \tTing " +
  "\tZhen \tPei \tMei \tLing \tQi \tChou \tHuo \tSha \tFei \tWeng \tZhan \tYin \tNi \tChou \tTun \tLin " +
  "\tLing\tDong \tYing \tWu \tLing \tShuang \tLing \tXia \tHong \tYin \tMo \tMai \tYun \tLiu \tMeng \tB" +
  "in \tWu \tWei \tHuo \tYin \tXi \tYi \tAi \tDan \tDeng \tXian \tYu \tLu \tLong \tDai \tJi \tPang \tYa" +
  "ng \tBa \tPi \tWei \tFeng\tXi \tJi \tMai \tMeng \tMeng \tLei \tLi \tHuo \tAi \tFei \tDai \tLong \tLi" +
  "ng \tAi \tFeng \tLi \tBao \tHe\tHe \tHe \tBing \tQing \tQing \tJing \tTian \tZhen \tJing \tCheng \tQ" +
  "ing \tJing \tJing \tDian \tJing \tTian \tFei \tFei \tKao \tMi \tMian \tMian \tPao \tYe \tTian \tHui " +
  "\tYe \tGe \tDing \tCha \tJian \tRen \tDi \tDu \tWu \tRen \tQin \tJin \tXue \tNiu \tBa \tYin \tSa \tN" +
  "a \tMo \tZu \tDa \tBan \tYi \tYao \tTao \tTuo \tJia \tHong \tPao \tYang \tTomo \tYin \tJia \tTao \tJ" +
  "i \tXie \tAn \tAn \tHen \tGong \tKohaze \tDa \tQiao \tTing \tWan \tYing \tSui \tTiao \tQiao \tXuan " +
  "\tKong \tBeng \tTa \tZhang \tBing \tKuo \tJu \tLa \tXie \tRou \tBang \tYi \tQiu \tQiu \tHe \tXiao \t" +
  "Mu \tJu \tJian \tBian \tDi \tJian \tOn \tTao \tGou \tTa \tBei \tXie \tPan \tGe \tBi \tKuo \tTang \tL" +
  "ou \tGui \tQiao \tXue \tJi \tJian \tJiang \tChan \tDa \tHuo \tXian \tQian \tDu \tWa \tJian \tLan \tW" +
  "ei \tRen \tFu \tMei \tJuan \tGe \tWei \tQiao \tHan \tChang \tKuo\tRou \tXun \tShe \tWei \tGe \tBei " +
  "\tTao \tGou \tYun \tGao\tBi \tWei \tHui \tDu \tWa \tDu \tWei \tRen \tFu \tHan \tWei \tYun \tTao \tJi" +
  "u \tJiu \tXian \tXie \tXian \tJi \tYin \tZa \tYun \tShao \tLe \tPeng \tHeng \tYing \tYun \tPeng \tYi" +
  "n \tYin \tXiang \tHu \tYe \tDing \tQing \tPan \tXiang \tShun \tHan \tXu \tYi \tXu \tGu \tSong \tKui " +
  "\tQi \tHang \tYu \tWan \tBan \tDun \tDi \tDan \tPan \tPo \tLing \tCe \tJing \tLei \tHe \tQiao \tE \t" +
  "E \tWei \tJie \tGua \tShen \tYi \tShen \tHai \tDui \tPian \tPing \tLei \tFu \tJia \tTou \tHui \tKui " +
  "\tJia \tLe \tTian \tCheng \tYing \tJun \tHu \tHan \tJing \tTui \tTui \tPin \tLai \tTui \tZi \tZi \tC" +
  "hui \tDing \tLai \tYan \tHan \tJian \tKe \tCui \tJiong \tQin \tYi \tSai \tTi \tE \tE \tYan \tHun \tK" +
  "an \tYong \tZhuan \tYan \tXian \tXin \tYi \tYuan \tSang \tDian \tDian \tJiang \tKu \tLei \tLiao \tPi" +
  "ao \tYi \tMan \tQi \tRao \tHao \tQiao \tGu \tXun \tQian \tHui \tZhan \tRu \tHong \tBin \tXian \tPin " +
  "\tLu \tLan \tNie \tQuan \tYe \tDing \tQing \tHan \tXiang \tShun \tXu \tXu \tWan \tGu \tDun \tQi \tBa" +
  "n \tSong \tHang \tYu \tLu \tLing \tPo \tJing \tJie \tJia \tTian \tHan \tYing \tJiong \tHai \tYi \tPi" +
  "n \tHui \tTui \tHan \tYing \tYing \tKe \tTi \tYong \tE \tZhuan \tYan \tE \tNie \tMan \tDian \tSang " +
  "\tHao \tLei \tZhan \tRu \tPin \tQuan \tFeng \tBiao \tOroshi \tFu \tXia \tZhan \tBiao \tSa \tBa \tTai" +
  " \tLie \tGua \tXuan \tShao \tJu \tBi \tSi \tWei \tYang \tYao \tSou \tKai \tSao \tFan \tLiu \tXi \tLi" +
  "ao \tPiao \tPiao \tLiu \tBiao \tBiao \tBiao \tLiao \tBiao\tSe \tFeng \tBiao \tFeng \tYang \tZhan \tB" +
  "iao \tSa \tJu \tSi \tSou \tYao \tLiu \tPiao \tBiao \tBiao \tFei \tFan \tFei \tFei \tShi \tShi \tCan " +
  "\tJi \tDing \tSi \tTuo \tZhan \tSun \tXiang \tTun \tRen \tYu \tJuan \tChi \tYin \tFan \tFan \tSun \t" +
  "Yin \tZhu \tYi \tZhai \tBi \tJie \tTao \tLiu \tCi \tTie \tSi \tBao \tShi \tDuo \tHai \tRen \tTian \t" +
  "Jiao \tJia \tBing \tYao \tTong \tCi \tXiang \tYang \tYang \tEr \tYan \tLe \tYi \tCan \tBo \tNei \tE " +
  "\tBu \tJun \tDou \tSu \tYu \tShi \tYao \tHun \tGuo \tShi \tJian \tZhui \tBing \tXian \tBu \tYe \tTan" +
  " \tFei \tZhang \tWei \tGuan \tE \tNuan \tHun \tHu \tHuang \tTie \tHui \tJian \tHou \tHe \tXing \tFen" +
  " \tWei \tGu \tCha \tSong \tTang \tBo \tGao \tXi \tKui \tLiu \tSou \tTao \tYe \tYun \tMo \tTang \tMan" +
  " \tBi \tYu \tXiu \tJin \tSan \tKui \tZhuan \tShan \tChi \tDan \tYi \tJi \tRao \tCheng \tYong \tTao " +
  "\tHui \tXiang \tZhan \tFen \tHai \tMeng \tYan \tMo \tChan \tXiang \tLuo \tZuan \tNang \tShi \tDing " +
  "\tJi \tTuo \tXing \tTun \tXi \tRen \tYu \tChi \tFan \tYin \tJian \tShi \tBao \tSi \tDuo \tYi \tEr \t" +
  "Rao \tXiang \tJia \tLe \tJiao \tYi \tBing \tBo \tDou \tE \tYu \tNei \tJun \tGuo \tHun \tXian \tGuan " +
  "\tCha \tKui \tGu \tSou \tChan \tYe \tMo \tBo \tLiu \tXiu \tJin \tMan \tSan \tZhuan \tNang \tShou \tK" +
  "ui \tGuo \tXiang \tFen \tBa \tNi \tBi \tBo \tTu \tHan \tFei \tJian \tAn \tAi \tFu \tXian \tWen \tXin" +
  " \tFen \tBin \tXing \tMa \tYu \tFeng \tHan \tDi \tTuo \tTuo \tChi \tXun \tZhu \tZhi \tPei \tXin \tRi" +
  " \tSa \tYin \tWen \tZhi \tDan \tLu \tYou \tBo \tBao \tKuai \tTuo \tYi \tQu \tWen\tQu \tJiong \tBo \t" +
  "Zhao \tYuan \tPeng \tZhou \tJu \tZhu \tNu \tJu \tPi \tZang \tJia \tLing \tZhen \tTai \tFu \tYang \tS" +
  "hi \tBi \tTuo \tTuo \tSi \tLiu \tMa \tPian \tTao \tZhi \tRong \tTeng \tDong \tXun \tQuan \tShen \tJi" +
  "ong \tEr \tHai \tBo \tZhu \tYin \tLuo \tShuu \tDan \tXie \tLiu \tJu \tSong \tQin \tMang \tLiang \tHa" +
  "n \tTu \tXuan \tTui \tJun \tE \tCheng \tXin \tAi \tLu \tZhui \tZhou \tShe \tPian \tKun \tTao \tLai " +
  "\tZong \tKe \tQi \tQi \tYan \tFei \tSao \tYan \tJie \tYao \tWu \tPian \tCong \tPian \tQian \tFei \tH" +
  "uang \tJian \tHuo \tYu \tTi \tQuan \tXia \tZong \tKui \tRou \tSi \tGua \tTuo \tKui \tSou \tQian \tCh" +
  "eng \tZhi \tLiu \tPang \tTeng \tXi \tCao \tDu \tYan \tYuan \tZou \tSao \tShan \tLi \tZhi \tShuang \t" +
  "Lu \tXi \tLuo \tZhang \tMo \tAo \tCan \tPiao \tCong \tQu \tBi \tZhi \tYu \tXu \tHua \tBo \tSu \tXiao" +
  " \tLin \tChan \tDun \tLiu \tTuo \tZeng \tTan \tJiao \tTie \tYan \tLuo \tZhan \tJing \tYi \tYe \tTuo " +
  "\tBin \tZou \tYan \tPeng \tLu \tTeng \tXiang \tJi \tShuang \tJu \tXi \tHuan \tLi \tBiao \tMa \tYu \t" +
  "Tuo \tXun \tChi \tQu \tRi \tBo \tLu \tZang \tShi \tSi \tFu \tJu \tZou \tZhu \tTuo \tNu \tJia \tYi \t" +
  "Tai \tXiao \tMa \tYin \tJiao \tHua \tLuo \tHai \tPian \tBiao \tLi \tCheng \tYan \tXin \tQin \tJun \t" +
  "Qi \tQi \tKe \tZhui \tZong \tSu \tCan \tPian \tZhi \tKui \tSao \tWu \tAo \tLiu \tQian \tShan \tPiao " +
  "\tLuo \tCong \tChan \tZou \tJi \tShuang \tXiang \tGu \tWei \tWei \tWei \tYu \tGan \tYi \tAng \tTou " +
  "\tXie \tBao \tBi \tChi \tTi \tDi \tKu \tHai \tQiao \tGou \tKua \tGe \tTui \tGeng \tPian \tBi \tKe \t" +
  "Ka \tYu \tSui \tLou \tBo \tXiao \tPang \tBo \tCi \tKuan \tBin \tMo \tLiao \tLou \tNao \tDu \tZang \t" +
  "Sui \tTi \tBin \tKuan \tLu \tGao \tGao \tQiao \tKao \tQiao \tLao \tZao \tBiao \tKun \tKun \tTi \tFan" +
  "g \tXiu \tRan \tMao \tDan \tKun \tBin \tFa \tTiao \tPeng \tZi \tFa \tRan \tTi \tPao \tPi \tMao \tFu " +
  "\tEr \tRong \tQu \tGong \tXiu \tGua \tJi \tPeng \tZhua \tShao \tSha \tTi \tLi \tBin \tZong \tTi \tPe" +
  "ng \tSong \tZheng \tQuan \tZong \tShun \tJian \tDuo \tHu \tLa \tJiu \tQi \tLian \tZhen \tBin \tPeng " +
  "\tMo \tSan \tMan \tMan \tSeng \tXu \tLie \tQian \tQian \tNong \tHuan \tKuai \tNing \tBin \tLie \tRan" +
  "g \tDou \tDou \tNao \tHong \tXi \tDou \tHan \tDou \tDou \tJiu \tChang \tYu \tYu \tLi \tJuan \tFu \tQ" +
  "ian \tGui \tZong \tLiu \tGui \tShang \tYu \tGui \tMei \tJi \tQi \tJie \tKui \tHun \tBa \tPo \tMei \t" +
  "Xu \tYan \tXiao \tLiang \tYu \tTui \tQi \tWang \tLiang \tWei \tJian \tChi \tPiao \tBi \tMo \tJi \tXu" +
  " \tChou \tYan \tZhan \tYu \tDao \tRen \tJi \tEri \tGong \tTuo \tDiao \tJi \tXu \tE \tE \tSha \tHang " +
  "\tTun \tMo \tJie \tShen \tFan \tYuan \tBi \tLu \tWen \tHu \tLu \tZa \tFang \tFen \tNa \tYou \tNamazu" +
  " \tTodo \tHe \tXia \tQu \tHan \tPi \tLing \tTuo \tBo \tQiu \tPing \tFu \tBi \tJi \tWei \tJu \tDiao " +
  "\tBo \tYou \tGun \tPi \tNian \tXing \tTai \tBao \tFu \tZha \tJu \tGu \tKajika \tTong \tDai\tTa \tJie" +
  " \tShu \tHou \tXiang \tEr \tAn \tWei \tTiao \tZhu \tYin \tLie \tLuo \tTong \tYi \tQi \tBing \tWei \t" +
  "Jiao \tBu \tGui \tXian \tGe \tHui \tBora \tMate \tKao \tGori \tDuo \tJun \tTi \tMan \tXiao \tZa \tSh" +
  "a \tQin \tYu \tNei \tZhe \tGun \tGeng \tSu \tWu \tQiu \tTing \tFu \tWan \tYou \tLi \tSha \tSha \tGao" +
  " \tMeng \tUgui \tAsari \tSubashiri \tKazunoko \tYong \tNi \tZi \tQi \tQing \tXiang \tNei \tChun \tJi" +
  " \tDiao \tQie \tGu \tZhou \tDong \tLai \tFei \tNi \tYi \tKun \tLu \tJiu \tChang \tJing \tLun \tLing " +
  "\tZou \tLi \tMeng \tZong \tZhi \tNian \tShachi \tDojou \tSukesou \tShi \tShen \tHun \tShi \tHou \tXi" +
  "ng \tZhu \tLa \tZong \tJi \tBian \tBian \tHuan \tQuan \tZe \tWei \tWei \tYu \tQun \tRou \tDie \tHuan" +
  "g \tLian \tYan \tQiu \tQiu \tJian \tBi \tE \tYang \tFu \tSai \tJian \tXia \tTuo \tHu \tMuroaji \tRuo" +
  " \tHaraka \tWen \tJian \tHao \tWu \tFang \tSao \tLiu \tMa \tShi \tShi \tYin \tZ \tTeng \tTa \tYao \t" +
  "Ge \tRong \tQian \tQi \tWen \tRuo \tHatahata \tLian \tAo \tLe \tHui \tMin \tJi \tTiao \tQu \tJian \t" +
  "Sao \tMan \tXi \tQiu \tBiao \tJi \tJi \tZhu \tJiang \tQiu \tZhuan \tYong \tZhang \tKang \tXue \tBie " +
  "\tJue \tQu \tXiang \tBo \tJiao \tXun \tSu \tHuang \tZun \tShan \tShan \tFan \tJue \tLin \tXun \tMiao" +
  " \tXi \tEso \tKyou \tFen \tGuan \tHou \tKuai \tZei \tSao \tZhan \tGan \tGui \tSheng \tLi \tChang \tH" +
  "atahata \tShiira \tMutsu \tRu \tJi \tXu \tHuo \tShiira \tLi \tLie \tLi \tMie \tZhen \tXiang \tE \tLu" +
  " \tGuan \tLi \tXian \tYu \tDao \tJi \tYou \tTun \tLu \tFang \tBa \tHe \tBo \tPing \tNian \tLu \tYou " +
  "\tZha \tFu \tBo \tBao \tHou \tPi \tTai \tGui \tJie \tKao \tWei \tEr \tTong \tZe \tHou \tKuai \tJi \t" +
  "Jiao \tXian \tZa \tXiang \tXun \tGeng \tLi \tLian \tJian \tLi \tShi \tTiao \tGun \tSha \tWan \tJun " +
  "\tJi \tYong \tQing \tLing \tQi \tZou \tFei \tKun \tChang \tGu \tNi \tNian \tDiao \tJing \tShen \tShi" +
  " \tZi \tFen \tDie \tBi \tChang \tShi \tWen \tWei \tSai \tE \tQiu \tFu \tHuang \tQuan \tJiang \tBian " +
  "\tSao \tAo \tQi \tTa \tYin \tYao \tFang \tJian \tLe \tBiao \tXue \tBie \tMan \tMin \tYong \tWei \tXi" +
  " \tJue \tShan \tLin \tZun \tHuo \tGan \tLi \tZhan \tGuan \tNiao \tYi \tFu \tLi \tJiu \tBu \tYan \tFu" +
  " \tDiao \tJi \tFeng \tNio \tGan \tShi \tFeng \tMing \tBao \tYuan \tZhi \tHu \tQin \tFu \tFen \tWen " +
  "\tJian \tShi \tYu \tFou \tYiao \tJue \tJue \tPi \tHuan \tZhen \tBao \tYan \tYa \tZheng \tFang \tFeng" +
  " \tWen \tOu \tTe \tJia \tNu \tLing \tMie \tFu \tTuo \tWen \tLi \tBian \tZhi \tGe \tYuan \tZi \tQu \t" +
  "Xiao \tZhi \tDan \tJu \tYou \tGu \tZhong \tYu \tYang \tRong \tYa \tTie \tYu \tShigi \tYing \tZhui \t" +
  "Wu \tEr \tGua \tAi \tZhi \tYan \tHeng \tJiao \tJi \tLie \tZhu \tRen \tYi \tHong \tLuo \tRu \tMou \tG" +
  "e \tRen \tJiao \tXiu \tZhou \tZhi \tLuo \tChidori \tToki \tTen \tLuan \tJia \tJi \tYu \tHuan \tTuo " +
  "\tBu \tWu \tJuan \tYu \tBo \tXun \tXun \tBi \tXi \tJun \tJu \tTu \tJing \tTi \tE \tE \tKuang \tHu \t" +
  "Wu \tShen \tLai \tIkaruga \tKakesu \tLu \tPing \tShu \tFu \tAn \tZhao \tPeng \tQin \tQian \tBei \tDi" +
  "ao \tLu \tQue \tJian \tJu \tTu \tYa \tYuan \tQi \tLi \tYe \tZhui \tKong \tZhui \tKun \tSheng \tQi \t" +
  "Jing \tYi \tYi \tJing \tZi \tLai \tDong \tQi \tChun \tGeng \tJu \tQu \tIsuka \tKikuitadaki \tJi \tSh" +
  "u \tYing\tChi \tMiao \tRou \tAn \tQiu \tTi \tHu \tTi \tE \tJie \tMao \tFu \tChun \tTu \tYan \tHe \tY" +
  "uan \tPian \tYun \tMei \tHu \tYing \tDun \tMu \tJu \tTsugumi \tCang \tFang \tGu \tYing \tYuan \tXuan" +
  " \tWeng \tShi \tHe \tChu \tTang \tXia \tRuo \tLiu \tJi \tGu \tJian \tZhun \tHan \tZi \tZi \tNi \tYao" +
  " \tYan \tJi \tLi \tTian \tKou \tTi \tTi \tNi \tTu \tMa \tJiao \tGao \tTian \tChen \tLi \tZhuan \tZhe" +
  " \tAo \tYao \tYi \tOu \tChi \tZhi \tLiao \tRong \tLou \tBi \tShuang \tZhuo \tYu \tWu \tJue \tYin \tQ" +
  "uan \tSi \tJiao \tYi \tHua \tBi \tYing \tSu \tHuang \tFan \tJiao \tLiao \tYan \tKao \tJiu \tXian \tX" +
  "ian \tTu \tMai \tZun \tYu \tYing \tLu \tTuan \tXian \tXue \tYi \tPi \tShu \tLuo \tQi \tYi \tJi \tZhe" +
  " \tYu \tZhan \tYe \tYang \tPi \tNing \tHuo \tMi \tYing \tMeng \tDi \tYue \tYu \tLei \tBao \tLu \tHe " +
  "\tLong \tShuang \tYue \tYing \tGuan \tQu \tLi \tLuan \tNiao \tJiu \tJi \tYuan \tMing \tShi \tOu \tYa" +
  " \tCang \tBao \tZhen \tGu \tDong \tLu \tYa \tXiao \tYang \tLing \tZhi \tQu \tYuan \tXue \tTuo \tSi " +
  "\tZhi \tEr \tGua \tXiu \tHeng \tZhou \tGe \tLuan \tHong \tWu \tBo \tLi \tJuan \tHu \tE \tYu \tXian " +
  "\tTi \tWu \tQue \tMiao \tAn \tKun \tBei \tPeng \tQian \tChun \tGeng \tYuan \tSu \tHu \tHe \tE \tGu " +
  "\tQiu \tZi \tMei \tMu \tNi \tYao \tWeng \tLiu \tJi \tNi \tJian \tHe \tYi \tYing \tZhe \tLiao \tLiao " +
  "\tJiao \tJiu \tYu \tLu \tXuan \tZhan \tYing \tHuo \tMeng \tGuan \tShuang \tLu \tJin \tLing \tJian \t" +
  "Xian \tCuo \tJian \tJian \tYan \tCuo \tLu \tYou \tCu \tJi \tBiao \tCu \tBiao \tZhu \tJun \tZhu \tJia" +
  "n \tMi \tMi \tWu \tLiu \tChen \tJun \tLin \tNi \tQi \tLu \tJiu \tJun \tJing \tLi \tXiang \tYan \tJia" +
  " \tMi \tLi \tShe \tZhang \tLin \tJing \tJi \tLing \tYan \tCu \tMai \tMai \tGe \tChao \tFu \tMian \tM" +
  "ian \tFu \tPao \tQu \tQu \tMou \tFu \tXian \tLai \tQu \tMian \tChi\tFeng \tFu \tQu \tMian \tMa \tMo " +
  "\tMo \tHui \tMa \tZou \tNen \tFen \tHuang \tHuang \tJin \tGuang \tTian \tTou \tHeng \tXi \tKuang \tH" +
  "eng \tShu \tLi \tNian \tChi \tHei \tHei \tYi \tQian \tDan \tXi \tTuan \tMo \tMo \tQian \tDai \tChu " +
  "\tYou \tDian \tYi \tXia \tYan \tQu \tMei \tYan \tJing \tYu \tLi \tDang \tDu \tCan \tYin \tAn \tYan " +
  "\tTan \tAn \tZhen \tDai \tCan \tYi \tMei \tDan \tYan \tDu \tLu \tZhi \tFen \tFu \tFu \tMin \tMin \tY" +
  "uan \tCu \tQu \tChao \tWa \tZhu \tZhi \tMang \tAo \tBie \tTuo \tBi \tYuan \tChao \tTuo \tDing \tMi " +
  "\tNai \tDing \tZi \tGu \tGu \tDong \tFen \tTao \tYuan \tPi \tChang \tGao \tQi \tYuan \tTang \tTeng " +
  "\tShu \tShu \tFen \tFei \tWen \tBa \tDiao \tTuo \tTong \tQu \tSheng \tShi \tYou \tShi \tTing \tWu \t" +
  "Nian \tJing \tHun \tJu \tYan \tTu \tTi \tXi \tXian \tYan \tLei \tBi \tYao \tQiu \tHan \tWu \tWu \tHo" +
  "u \tXi \tGe \tZha \tXiu \tWeng \tZha \tNong \tNang \tQi \tZhai \tJi \tZi \tJi \tJi \tQi \tJi \tChi " +
  "\tChen \tChen \tHe \tYa \tKen \tXie \tPao \tCuo \tShi \tZi \tChi \tNian \tJu \tTiao \tLing \tLing \t" +
  "Chu \tQuan \tXie \tKen \tNie \tJiu \tYao \tChuo \tKun \tYu \tChu \tYi \tNi \tCuo \tZou \tQu \tNen \t" +
  "Xian \tOu \tE \tWo \tYi \tChuo \tZou \tDian \tChu \tJin \tYa \tChi \tChen \tHe \tKen \tJu \tLing \tP" +
  "ao \tTiao \tZi \tKen \tYu \tChuo \tQu \tWo \tLong \tPang \tGong \tPang \tYan \tLong \tLong \tGong \t" +
  "Kan \tTa \tLing \tTa \tLong \tGong \tKan \tGui \tQiu \tBie \tGui \tYue \tChui \tHe \tJue \tXie \tYu " +
  "\tSoeng\tSyu\tZeoi\tGan\tJan\tGon\tMong\tJi\tJik\tMou\tZi\t\x7f\tFu\t\x7f\t\x7f\tSau\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tLyun\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHung\t\x7f\tShan\tLoeng\t\x7f\t\x7f\tZang\tCe" +
  "\tWu\tZi\tHei\tLoeng\tGang\tTa\tMai\tZau\t\x7f\t\x7f\t\x7f\tGe\tDan\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tAo\t" +
  "Tian\tNi\t\x7f\t\x7f\tHon\tBaa\tLou\tTo\tDung\tZi\tLoeng\tJam\tTo\tMat\tMak\tBou\tGaa\t\x7f\t\x7f\t" +
  "\x7f\tit\tix\ti\tip\tiet\tiex\tie\tiep\tat\tax\ta\tap\tuox\tuo\tuop\tot\tox\to\top\tex\te\twu\tbit\t" +
  "bix\tbi\tbip\tbiet\tbiex\tbie\tbiep\tbat\tbax\tba\tbap\tbuox\tbuo\tbuop\tbot\tbox\tbo\tbop\tbex\tbe" +
  "\tbep\tbut\tbux\tbu\tbup\tburx\tbur\tbyt\tbyx\tby\tbyp\tbyrx\tbyr\tpit\tpix\tpi\tpip\tpiex\tpie\tpie" +
  "p\tpat\tpax\tpa\tpap\tpuox\tpuo\tpuop\tpot\tpox\tpo\tpop\tput\tpux\tpu\tpup\tpurx\tpur\tpyt\tpyx\tpy" +
  "\tpyp\tpyrx\tpyr\tbbit\tbbix\tbbi\tbbip\tbbiet\tbbiex\tbbie\tbbiep\tbbat\tbbax\tbba\tbbap\tbbuox\tbb" +
  "uo\tbbuop\tbbot\tbbox\tbbo\tbbop\tbbex\tbbe\tbbep\tbbut\tbbux\tbbu\tbbup\tbburx\tbbur\tbbyt\tbbyx\tb" +
  "by\tbbyp\tnbit\tnbix\tnbi\tnbip\tnbiex\tnbie\tnbiep\tnbat\tnbax\tnba\tnbap\tnbot\tnbox\tnbo\tnbop\tn" +
  "but\tnbux\tnbu\tnbup\tnburx\tnbur\tnbyt\tnbyx\tnby\tnbyp\tnbyrx\tnbyr\thmit\thmix\thmi\thmip\thmiex" +
  "\thmie\thmiep\thmat\thmax\thma\thmap\thmuox\thmuo\thmuop\thmot\thmox\thmo\thmop\thmut\thmux\thmu\thm" +
  "up\thmurx\thmur\thmyx\thmy\thmyp\thmyrx\thmyr\tmit\tmix\tmi\tmip\tmiex\tmie\tmiep\tmat\tmax\tma\tmap" +
  "\tmuot\tmuox\tmuo\tmuop\tmot\tmox\tmo\tmop\tmex\tme\tmut\tmux\tmu\tmup\tmurx\tmur\tmyt\tmyx\tmy\tmyp" +
  "\tfit\tfix\tfi\tfip\tfat\tfax\tfa\tfap\tfox\tfo\tfop\tfut\tfux\tfu\tfup\tfurx\tfur\tfyt\tfyx\tfy\tfy" +
  "p\tvit\tvix\tvi\tvip\tviet\tviex\tvie\tviep\tvat\tvax\tva\tvap\tvot\tvox\tvo\tvop\tvex\tvep\tvut\tvu" +
  "x\tvu\tvup\tvurx\tvur\tvyt\tvyx\tvy\tvyp\tvyrx\tvyr\tdit\tdix\tdi\tdip\tdiex\tdie\tdiep\tdat\tdax\td" +
  "a\tdap\tduox\tduo\tdot\tdox\tdo\tdop\tdex\tde\tdep\tdut\tdux\tdu\tdup\tdurx\tdur\ttit\ttix\tti\ttip" +
  "\ttiex\ttie\ttiep\ttat\ttax\tta\ttap\ttuot\ttuox\ttuo\ttuop\ttot\ttox\tto\ttop\ttex\tte\ttep\ttut\tt" +
  "ux\ttu\ttup\tturx\ttur\tddit\tddix\tddi\tddip\tddiex\tddie\tddiep\tddat\tddax\tdda\tddap\tdduox\tddu" +
  "o\tdduop\tddot\tddox\tddo\tddop\tddex\tdde\tddep\tddut\tddux\tddu\tddup\tddurx\tddur\tndit\tndix\tnd" +
  "i\tndip\tndiex\tndie\tndat\tndax\tnda\tndap\tndot\tndox\tndo\tndop\tndex\tnde\tndep\tndut\tndux\tndu" +
  "\tndup\tndurx\tndur\thnit\thnix\thni\thnip\thniet\thniex\thnie\thniep\thnat\thnax\thna\thnap\thnuox" +
  "\thnuo\thnot\thnox\thnop\thnex\thne\thnep\thnut\tnit\tnix\tni\tnip\tniex\tnie\tniep\tnax\tna\tnap\tn" +
  "uox\tnuo\tnuop\tnot\tnox\tno\tnop\tnex\tne\tnep\tnut\tnux\tnu\tnup\tnurx\tnur\thlit\thlix\thli\thlip" +
  "\thliex\thlie\thliep\thlat\thlax\thla\thlap\thluox\thluo\thluop\thlox\thlo\thlop\thlex\thle\thlep\th" +
  "lut\thlux\thlu\thlup\thlurx\thlur\thlyt\thlyx\thly\thlyp\thlyrx\thlyr\tlit\tlix\tli\tlip\tliet\tliex" +
  "\tlie\tliep\tlat\tlax\tla\tlap\tluot\tluox\tluo\tluop\tlot\tlox\tlo\tlop\tlex\tle\tlep\tlut\tlux\tlu" +
  "\tlup\tlurx\tlur\tlyt\tlyx\tly\tlyp\tlyrx\tlyr\tgit\tgix\tgi\tgip\tgiet\tgiex\tgie\tgiep\tgat\tgax\t" +
  "ga\tgap\tguot\tguox\tguo\tguop\tgot\tgox\tgo\tgop\tget\tgex\tge\tgep\tgut\tgux\tgu\tgup\tgurx\tgur\t" +
  "kit\tkix\tki\tkip\tkiex\tkie\tkiep\tkat\tkax\tka\tkap\tkuox\tkuo\tkuop\tkot\tkox\tko\tkop\tket\tkex" +
  "\tke\tkep\tkut\tkux\tku\tkup\tkurx\tkur\tggit\tggix\tggi\tggiex\tggie\tggiep\tggat\tggax\tgga\tggap" +
  "\tgguot\tgguox\tgguo\tgguop\tggot\tggox\tggo\tggop\tgget\tggex\tgge\tggep\tggut\tggux\tggu\tggup\tgg" +
  "urx\tggur\tmgiex\tmgie\tmgat\tmgax\tmga\tmgap\tmguox\tmguo\tmguop\tmgot\tmgox\tmgo\tmgop\tmgex\tmge" +
  "\tmgep\tmgut\tmgux\tmgu\tmgup\tmgurx\tmgur\thxit\thxix\thxi\thxip\thxiet\thxiex\thxie\thxiep\thxat\t" +
  "hxax\thxa\thxap\thxuot\thxuox\thxuo\thxuop\thxot\thxox\thxo\thxop\thxex\thxe\thxep\tngiex\tngie\tngi" +
  "ep\tngat\tngax\tnga\tngap\tnguot\tnguox\tnguo\tngot\tngox\tngo\tngop\tngex\tnge\tngep\thit\thiex\thi" +
  "e\that\thax\tha\thap\thuot\thuox\thuo\thuop\thot\thox\tho\thop\thex\the\thep\twat\twax\twa\twap\twuo" +
  "x\twuo\twuop\twox\two\twop\twex\twe\twep\tzit\tzix\tzi\tzip\tziex\tzie\tziep\tzat\tzax\tza\tzap\tzuo" +
  "x\tzuo\tzuop\tzot\tzox\tzo\tzop\tzex\tze\tzep\tzut\tzux\tzu\tzup\tzurx\tzur\tzyt\tzyx\tzy\tzyp\tzyrx" +
  "\tzyr\tcit\tcix\tci\tcip\tciet\tciex\tcie\tciep\tcat\tcax\tca\tcap\tcuox\tcuo\tcuop\tcot\tcox\tco\tc" +
  "op\tcex\tce\tcep\tcut\tcux\tcu\tcup\tcurx\tcur\tcyt\tcyx\tcy\tcyp\tcyrx\tcyr\tzzit\tzzix\tzzi\tzzip" +
  "\tzziet\tzziex\tzzie\tzziep\tzzat\tzzax\tzza\tzzap\tzzox\tzzo\tzzop\tzzex\tzze\tzzep\tzzux\tzzu\tzzu" +
  "p\tzzurx\tzzur\tzzyt\tzzyx\tzzy\tzzyp\tzzyrx\tzzyr\tnzit\tnzix\tnzi\tnzip\tnziex\tnzie\tnziep\tnzat" +
  "\tnzax\tnza\tnzap\tnzuox\tnzuo\tnzox\tnzop\tnzex\tnze\tnzux\tnzu\tnzup\tnzurx\tnzur\tnzyt\tnzyx\tnzy" +
  "\tnzyp\tnzyrx\tnzyr\tsit\tsix\tsi\tsip\tsiex\tsie\tsiep\tsat\tsax\tsa\tsap\tsuox\tsuo\tsuop\tsot\tso" +
  "x\tso\tsop\tsex\tse\tsep\tsut\tsux\tsu\tsup\tsurx\tsur\tsyt\tsyx\tsy\tsyp\tsyrx\tsyr\tssit\tssix\tss" +
  "i\tssip\tssiex\tssie\tssiep\tssat\tssax\tssa\tssap\tssot\tssox\tsso\tssop\tssex\tsse\tssep\tssut\tss" +
  "ux\tssu\tssup\tssyt\tssyx\tssy\tssyp\tssyrx\tssyr\tzhat\tzhax\tzha\tzhap\tzhuox\tzhuo\tzhuop\tzhot\t" +
  "zhox\tzho\tzhop\tzhet\tzhex\tzhe\tzhep\tzhut\tzhux\tzhu\tzhup\tzhurx\tzhur\tzhyt\tzhyx\tzhy\tzhyp\tz" +
  "hyrx\tzhyr\tchat\tchax\tcha\tchap\tchuot\tchuox\tchuo\tchuop\tchot\tchox\tcho\tchop\tchet\tchex\tche" +
  "\tchep\tchux\tchu\tchup\tchurx\tchur\tchyt\tchyx\tchy\tchyp\tchyrx\tchyr\trrax\trra\trruox\trruo\trr" +
  "ot\trrox\trro\trrop\trret\trrex\trre\trrep\trrut\trrux\trru\trrup\trrurx\trrur\trryt\trryx\trry\trry" +
  "p\trryrx\trryr\tnrat\tnrax\tnra\tnrap\tnrox\tnro\tnrop\tnret\tnrex\tnre\tnrep\tnrut\tnrux\tnru\tnrup" +
  "\tnrurx\tnrur\tnryt\tnryx\tnry\tnryp\tnryrx\tnryr\tshat\tshax\tsha\tshap\tshuox\tshuo\tshuop\tshot\t" +
  "shox\tsho\tshop\tshet\tshex\tshe\tshep\tshut\tshux\tshu\tshup\tshurx\tshur\tshyt\tshyx\tshy\tshyp\ts" +
  "hyrx\tshyr\trat\trax\tra\trap\truox\truo\truop\trot\trox\tro\trop\trex\tre\trep\trut\trux\tru\trup\t" +
  "rurx\trur\tryt\tryx\try\tryp\tryrx\tryr\tjit\tjix\tji\tjip\tjiet\tjiex\tjie\tjiep\tjuot\tjuox\tjuo\t" +
  "juop\tjot\tjox\tjo\tjop\tjut\tjux\tju\tjup\tjurx\tjur\tjyt\tjyx\tjy\tjyp\tjyrx\tjyr\tqit\tqix\tqi\tq" +
  "ip\tqiet\tqiex\tqie\tqiep\tquot\tquox\tquo\tquop\tqot\tqox\tqo\tqop\tqut\tqux\tqu\tqup\tqurx\tqur\tq" +
  "yt\tqyx\tqy\tqyp\tqyrx\tqyr\tjjit\tjjix\tjji\tjjip\tjjiet\tjjiex\tjjie\tjjiep\tjjuox\tjjuo\tjjuop\tj" +
  "jot\tjjox\tjjo\tjjop\tjjut\tjjux\tjju\tjjup\tjjurx\tjjur\tjjyt\tjjyx\tjjy\tjjyp\tnjit\tnjix\tnji\tnj" +
  "ip\tnjiet\tnjiex\tnjie\tnjiep\tnjuox\tnjuo\tnjot\tnjox\tnjo\tnjop\tnjux\tnju\tnjup\tnjurx\tnjur\tnjy" +
  "t\tnjyx\tnjy\tnjyp\tnjyrx\tnjyr\tnyit\tnyix\tnyi\tnyip\tnyiet\tnyiex\tnyie\tnyiep\tnyuox\tnyuo\tnyuo" +
  "p\tnyot\tnyox\tnyo\tnyop\tnyut\tnyux\tnyu\tnyup\txit\txix\txi\txip\txiet\txiex\txie\txiep\txuox\txuo" +
  "\txot\txox\txo\txop\txyt\txyx\txy\txyp\txyrx\txyr\tyit\tyix\tyi\tyip\tyiet\tyiex\tyie\tyiep\tyuot\ty" +
  "uox\tyuo\tyuop\tyot\tyox\tyo\tyop\tyut\tyux\tyu\tyup\tyurx\tyur\tyyt\tyyx\tyy\tyyp\tyyrx\tyyr\t\x7f" +
  "\t\x7f\t\x7f\tQot\tLi\tKit\tNyip\tCyp\tSsi\tGgop\tGep\tMi\tHxit\tLyr\tBbut\tMop\tYo\tPut\tHxuo\tTat" +
  "\tGa\tZUP\tCYT\tDdur\tBur\tGguo\tNyop\tTu\tOp\tJjut\tZot\tPyt\tHmo\tYit\tVur\tShy\tVep\tZa\tJo\tNZUP" +
  "\tJjy\tGot\tJjie\tWo\tDu\tShur\tLie\tCy\tCuop\tCip\tHxop\tShat\tZUR\tShop\tChe\tZziet\tNBIE\tKe\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tbb\tb\tp\tdd\td\tt\tgg\tg\tk\trr\tzh\tch\tzz\t" +
  "z\tc\tm\tn\tl\ts\tr\tss\tng\th\th\th'\tf\tw\tsh\ty\te\ta\tai\tei\tei\ti\to\tu\tu\te\te\tl\tq\t..\tx" +
  "\tr\tt\t,\t.\te\te\the\twe\twe\tpe\tbe\tbe\tmbe\tkpe\tmgbe\tgbe\tfe\tve\tte\tthe\tde\tdhe\tle\tre\td" +
  "e\tnde\tse\tshe\tze\tzhe\tche\tje\tnje\tye\tke\tngge\tge\tme\tne\tnye\ti\ti\thi\thi\twi\twi\tpi\tbi" +
  "\tbi\tmbi\tkpi\tmgbi\tgbi\tfi\tvi\tti\tthi\tdi\tdhi\tli\tri\tdi\tndi\tsi\tshi\tzi\tzhi\tchi\tji\tnji" +
  "\tyi\tki\tnggi\tgi\tmi\tni\tnyi\ta\ta\tnga\tha\tha\twa\twa\tpa\tba\tba\tmba\tkpa\tkpa\tmgba\tgba\tfa" +
  "\tva\tta\ttha\tda\tdha\tla\tra\tda\tnda\tsa\tsha\tza\tzha\tcha\tja\tnja\tya\tka\tka\tngga\tga\tma\tn" +
  "a\tnya\to\to\tho\two\two\tpo\tbo\tbo\tmbo\tkpo\tmgbo\tgbo\tfo\tvo\tto\ttho\tdo\tdho\tlo\tro\tdo\tndo" +
  "\tso\tsho\tzo\tzho\tcho\tjo\tnjo\tyo\tko\tnggo\tgo\tmo\tno\tnyo\tu\tu\thu\thu\twu\twu\tpu\tbu\tbu\tm" +
  "bu\tkpu\tmgbu\tgbu\tfu\tvu\ttu\tthu\tdu\tdhu\tlu\tru\tdu\tndu\tsu\tshu\tzu\tzhu\tchu\tju\tnju\tyu\tk" +
  "u\tnggu\tgu\tmu\tnu\tnyu\to\to\tngo\tho\tho\two\two\tpo\tbo\tbo\tmbo\tkpo\tmgbo\tgbo\tgbo\tfo\tvo\tt" +
  "o\ttho\tdo\tdho\tlo\tro\tdo\tndo\tso\tsho\tzo\tzho\tcho\tjo\tnjo\tyo\tko\tnggo\tgo\tmo\tno\tnyo\te\t" +
  "e\tnge\the\the\twe\twe\tpe\tbe\tbe\tmbe\tkpe\tkpe\tmgbe\tgbe\tgbe\tfe\tve\tte\tthe\tde\tdhe\tle\tre" +
  "\tde\tnde\tse\tshe\tze\tzhe\tche\tje\tnje\tye\tke\tngge\tngge\tge\tge\tme\tne\tnye\tng\th\t,\t.\t?\t" +
  "fa\tka\tso\tFeng\tKeng\tTing\tNii\tBang\tFaa\tTaa\tDang\tDong\tKung\tTong\tDoo\tJong\t0\t1\t2\t3\t4" +
  "\t5\t6\t7\t8\t9\tma\tdo\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZ\tz\tDz\tdz\tDz\tdz\tI\ti\tDj\tdj\tU\tu\tO\to\t'\t'" +
  "\tY\ty\tIe\tie\tOi\toi\tIa\tia\tE\te\tO\to\tIe\tie\tIn\tin\tTs\tts\tDg\tdg\tLg\tlg\tMg\tmg\tO\to\tOo" +
  "\too\tOo\too\tO\t.\t10000000\t100000000\t1000000000\t*\tie\ti\ti\tu\t'\ty\t'\to\t'\t'\t'\t'\tDw\tdw" +
  "\tDzw\tdzw\tZhw\tzhw\tCch\tcch\tDz\tdz\tT\tt\tTw\ttw\tTsw\ttsw\tTs\tts\tTch\ttch\tHw\thw\tShw\tshw\t" +
  "Oo\too\tO\to\t'\t'\tf\tie\ta\tka\tu\tku\te\tre\tte\to\tnyi\ti\tla\tpa\trii\trie\tlee\tmee\ttaa\tndaa" +
  "\tnjem\tm\tsuu\tmu\tshii\tsi\tshux\tsux\tkye\tket\tnue\tnu\tnjue\tyo'\tshu\tyu'\tya\tnsha\tkux\tpux" +
  "\tnje\tnte\tpu\twu\tpe\tfe\tru\tlu\tmi\tni\trux\tre\tken\tngkwen\tngga\tnga\tsho\tpue\tfu\tfom\twa\t" +
  "na\tli\tpi\tlo'\tko\tmben\tren\tmen\tma\tti\tki\t1\t2\t3\t4\t5\t6\t7\t8\t9\t0\t'\t`\t*\t.\t_\t,\t;\t" +
  "?\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t1\t2\t3\t4\t5\t6\t7\t8\t5\t4\t3\t2\t1\t5\t4\t3\t2" +
  "\t1\t5\t4\t3\t2\t1\t1\t2\t3\t4\t^\tv\t!\t^\t^\t-\t_\t'\t'\t`\t`\tH\th\tTz\ttz\t3\t3\t4\t4\t4,\t4,\tf" +
  "\ts\tAa\taa\tAo\tao\tAu\tau\tAv\tav\tAv\tav\tAy\tay\tC.\tc.\tK.\tk.\tK.\tk.\tK.\tk.\tL\tl\tL.\tl.\tO" +
  ".\to.\tO\to\tOo\too\tP.\tp.\tP.\tp.\tP.\tp.\tQ.\tq.\tQ.\tq.\tR\tr\tR.\tr.\tV.\tv.\tVy\tvy\tZ\tz\tTh." +
  "\tth.\tTh.\tth.\tV\tv\t&\t&\tS.\ts.\t'\t'\t'\td.\tl.\tm.\tn.\tr.\tr.\tt.\ts.\tD\td\tF\tf\tG\tNg\tng" +
  "\tLl\tll\tR\tr\tS\ts\tT\tt\t^\t:\t=\t'\t'\tY\tl\t-\tN\tn\tC\tc\tc\th\tB\tb\tF\tf\tAe\tae\tOe\toe\tUe" +
  "\tue\tG\tg\tK\tk\tN\tn\tR\tr\tS\ts\tH\tE\tG\tL\tI\tq\tK\tT\tJ\tX\tB\tb\tO\to\tU\tu\tA\ta\tI\ti\tU\tu" +
  "\tO\to\tW\tw\tC\tS\tZ\tD\td\tS\ts\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tG\tg\t\x7f\tthth\t\x7f\tww\tS\ts\tS" +
  "\ts\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tC\tF\tQ\tH\th\tI\tH\toe\tw\tF\tP\tM\tI\tM'\ta\ti\t" +
  "i\tu\te\to\t\tk\tkh\tg\tgh\tng\tc\tch\tj\tjh\tt\tth\td\tdh\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\tr\tl\t" +
  "r\ts\th\ta\ti\tu\te\to\t1\t2\t3\t4\t\x7f\t\x7f\t\x7f\t\x7f\t1\t2\t3\t1\t2\t3\t/\t-\tRs\t'\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tk\tkh\tg\tng\tc\tch\tj\tny\tt\tth\td\tn\tp\tph\tb\tm\tts\ttsh\tdz\tw\t" +
  "zh\tz\t-\ty\tr\tl\tsh\ts\th\t'\ti\tu\te\to\tq\tx\tf\tgg\tee\tw\ty\ttt\ttth\tdd\tnn\ty''\tsh'\th'\tf'" +
  "'\tr\tr\t^\t@\t@@\t/\t//\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tm\th\ta\ta\ti\ti\tu\tu\tr" +
  "\tr\tl\tl\te\te\tai\to\to\tau\tk\tkh\tg\tgh\tn\tc\tch\tj\tjh\tn\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\tp" +
  "\tph\tb\tbh\tm\ty\tr\tl\tv\ts\ts\ts\th\tl\th\ta\ti\ti\tu\tu\tr\tr\tl\tl\te\te\tai\to\to\tau\t\tm\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t,\t.\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\ta\tu\tk\tn\tp\tr\tv\t'\tm\tm\tmm\t\x7f\t\x7f\tm'\t" +
  "-\t-\t^\t~\t*\tOm\ta\ta\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\tk\thk\tg\tng\ts\ths\tz\tny\tt\tht\tn\tp\thp\t" +
  "m\td\tb\tr\ty\tl\tw\tth\th\tv\tj\ta\toe\ti\to\tue\tae\tu\te\taw\t\t\t\t'\t,\tk\tg\tng\tt\td\tn\tp\tb" +
  "\tm\tc\tj\tny\ts\tr\tl\ty\tw\th\tmb\tngg\tnd\tnyj\t'\ti\tu\te\tai\to\tau\teu\tea\tng\tn\tr\th\t \t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t*\tdm\tdb\tds\tdj\tlg\tlkk\tld\tlt" +
  "t\tlm\tlb\tlpp\tlv\tls\tlj\tlk\tmg\tmd\tms\tbst\tbk\tbh\tssb\tl\th\tjjh\ttt\tph\ths\tqq\t\x7f\t\x7f" +
  "\t\x7f\tm\tng\tr\th\ta\ti\ti\ti\tu\tre\tle\tlo\te\tai\to\tk\tq\tkh\tg\tgh\tng\tc\tch\tj\tjny\tjh\tny" +
  "\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\ty\tr\tr\tl\tw\ts\ts\ts\th\t'\ta\to\ti\ti\tu\tu" +
  "\te\tai\te\tre\ty\tr\t \t<\t>\t@\t@@\t@@@\t*\t_\t,\t.\t|\t||\t{\t}\t\x7f\t-\t0\t1\t2\t3\t4\t5\t6\t7" +
  "\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t^\t~\tgh\tch\tjh\tn\tbh\t\t-\tn\tf\tg\tgh\tj\tjh\td\tdh\tn\t0\t1\t2" +
  "\t3\t4\t5\t6\t7\t8\t9\tl\td\tdh\tb\tbh\t\x7f\ta\ti\tu\te\tai\to\tk\tkh\tg\tgh\tng\tng\tc\tch\tj\tjh" +
  "\tny\tny\tnj\tt\tth\td\tdh\tn\tn\tnd\tp\tpp\tph\tb\tbh\tm\tm\tmb\ty\tr\tl\tw\tx\ts\th\ta\ti\ti\tei\t" +
  "u\te\to\tai\tau\tu\ty\tr\tl\tw\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tk\tg\tng\tng\t" +
  "c\tt\tn\tp\ty\tr\tl\tx\tm\th\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t*\t,\t;\t.\tg\tc" +
  "\tch\tj\tjh\tn\tt\tth\td\tdh\tdh\tn\ts\th\tl\tf\t-\tx\tz\tr\toay\t'n\thm\t!\t1\t2\tr\t \t\t \tch\tsh" +
  "\tk\tk\tkh\tkh\tx\tx\tg\tg\tng\tng\tch\tch\tchh\tchh\ts\ts\tny\tny\td\td\tt\tt\tth\tth\tn\tn\tb\tb\t" +
  "p\tp\tph\tph\tf\tf\tm\tm\ty\ty\tr\tr\tl\tl\tv\tv\th\th\t\x7f\t\x7f\ta\taa\ti\tue\tu\tae\to\toa\tia\t" +
  "uea\tua\taue\tai\tan\tam\t\t\x7f\t\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tKon\tNueng\t-" +
  "\t<\t>\te\to\tch\tn\tt\tth\td\tdh\tn\ts\ts\ti\tu\tai\tau\tau\t,\t?\t*\t-\t-\th\t\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tthu\tthi\ttha\tthe\tth\ttho\t\x7f\t\x7f\tdhu\tdhi\tdha\tdh" +
  "e\tdh\tdho\t\x7f\t\x7f\tdzu\tdzi\tdza\tdze\tdz\tdzo\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tch'e\tch'u\tch'i\tch'a\tch'e\tch'\tch'o\t\x7f\tb'e\tb'u\tb'i\tb'a\tb'e\tb'\tb'o\t\x7f\ta\tae" +
  "\te\te\te\tf\tg\tl\tl\tl\tm\tn\tng\to\to\to\toe\toe\toe\too\too\tr\tr\tr\trr\tr\trr\tr\tr\tsh\tu\tu" +
  "\tui\tui\tu\tx\tx\tx\tx\tx\tx\tx\ty\t*\th\tl\tl\tu\tia\tie\toe\tuo\ta\to\tdz\tts\tr\tw\t<\t>\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\ta\te\ti\to\tu\tv\tga\tka\tge\tgi\tgo\tgu\tgv\tha\the\thi\tho\thu\thv\tla\tle\tli\t" +
  "lo\tlu\tlv\tma\tme\tmi\tmo\tmu\tna\thna\tnah\tne\tni\tno\tnu\tnv\tqua\tque\tqui\tquo\tquu\tquv\tsa\t" +
  "s\tse\tsi\tso\tsu\tsv\tda\tta\tde\tte\tdi\tti\tdo\tdu\tdv\tdla\ttla\ttle\ttli\ttlo\ttlu\ttlv\ttsa\tt" +
  "se\ttsi\ttso\ttsu\ttsv\twa\twe\twi\two\twu\twv\tya\tk\ts\tl\tm\tp\tn\tc\tt\tkh\tn\tth\tw\ty\th\tu\ti" +
  "\tph\ta\tg\tjh\tr\tb\tj\td\tgh\tdh\tbh\tk\tl\tm\tp\tn\tt\tn\ti\to\ti\ta\te\tou\tu\tei\tm\t.\t \t\t" +
  "\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tga\tgag\tgagg\tgags\tg" +
  "an\tganj\tganh\tgad\tgal\tgalg\tgalm\tgalb\tgals\tgalt\tgalp\tgalh\tgam\tgab\tgabs\tgas\tgass\tgang" +
  "\tgaj\tgac\tgak\tgat\tgap\tgah\tgae\tgaeg\tgaegg\tgaegs\tgaen\tgaenj\tgaenh\tgaed\tgael\tgaelg\tgael" +
  "m\tgaelb\tgaels\tgaelt\tgaelp\tgaelh\tgaem\tgaeb\tgaebs\tgaes\tgaess\tgaeng\tgaej\tgaec\tgaek\tgaet" +
  "\tgaep\tgaeh\tgya\tgyag\tgyagg\tgyags\tgyan\tgyanj\tgyanh\tgyad\tgyal\tgyalg\tgyalm\tgyalb\tgyals\tg" +
  "yalt\tgyalp\tgyalh\tgyam\tgyab\tgyabs\tgyas\tgyass\tgyang\tgyaj\tgyac\tgyak\tgyat\tgyap\tgyah\tgyae" +
  "\tgyaeg\tgyaegg\tgyaegs\tgyaen\tgyaenj\tgyaenh\tgyaed\tgyael\tgyaelg\tgyaelm\tgyaelb\tgyaels\tgyaelt" +
  "\tgyaelp\tgyaelh\tgyaem\tgyaeb\tgyaebs\tgyaes\tgyaess\tgyaeng\tgyaej\tgyaec\tgyaek\tgyaet\tgyaep\tgy" +
  "aeh\tgeo\tgeog\tgeogg\tgeogs\tgeon\tgeonj\tgeonh\tgeod\tgeol\tgeolg\tgeolm\tgeolb\tgeols\tgeolt\tgeo" +
  "lp\tgeolh\tgeom\tgeob\tgeobs\tgeos\tgeoss\tgeong\tgeoj\tgeoc\tgeok\tgeot\tgeop\tgeoh\tge\tgeg\tgegg" +
  "\tgegs\tgen\tgenj\tgenh\tged\tgel\tgelg\tgelm\tgelb\tgels\tgelt\tgelp\tgelh\tgem\tgeb\tgebs\tges\tge" +
  "ss\tgeng\tgej\tgec\tgek\tget\tgep\tgeh\tgyeo\tgyeog\tgyeogg\tgyeogs\tgyeon\tgyeonj\tgyeonh\tgyeod\tg" +
  "yeol\tgyeolg\tgyeolm\tgyeolb\tgyeols\tgyeolt\tgyeolp\tgyeolh\tgyeom\tgyeob\tgyeobs\tgyeos\tgyeoss\tg" +
  "yeong\tgyeoj\tgyeoc\tgyeok\tgyeot\tgyeop\tgyeoh\tgye\tgyeg\tgyegg\tgyegs\tgyen\tgyenj\tgyenh\tgyed\t" +
  "gyel\tgyelg\tgyelm\tgyelb\tgyels\tgyelt\tgyelp\tgyelh\tgyem\tgyeb\tgyebs\tgyes\tgyess\tgyeng\tgyej\t" +
  "gyec\tgyek\tgyet\tgyep\tgyeh\tgo\tgog\tgogg\tgogs\tgon\tgonj\tgonh\tgod\tgol\tgolg\tgolm\tgolb\tgols" +
  "\tgolt\tgolp\tgolh\tgom\tgob\tgobs\tgos\tgoss\tgong\tgoj\tgoc\tgok\tgot\tgop\tgoh\tgwa\tgwag\tgwagg" +
  "\tgwags\tgwan\tgwanj\tgwanh\tgwad\tgwal\tgwalg\tgwalm\tgwalb\tgwals\tgwalt\tgwalp\tgwalh\tgwam\tgwab" +
  "\tgwabs\tgwas\tgwass\tgwang\tgwaj\tgwac\tgwak\tgwat\tgwap\tgwah\tgwae\tgwaeg\tgwaegg\tgwaegs\tgwaen" +
  "\tgwaenj\tgwaenh\tgwaed\tgwael\tgwaelg\tgwaelm\tgwaelb\tgwaels\tgwaelt\tgwaelp\tgwaelh\tgwaem\tgwaeb" +
  "\tgwaebs\tgwaes\tgwaess\tgwaeng\tgwaej\tgwaec\tgwaek\tgwaet\tgwaep\tgwaeh\tgoe\tgoeg\tgoegg\tgoegs\t" +
  "goen\tgoenj\tgoenh\tgoed\tgoel\tgoelg\tgoelm\tgoelb\tgoels\tgoelt\tgoelp\tgoelh\tgoem\tgoeb\tgoebs\t" +
  "goes\tgoess\tgoeng\tgoej\tgoec\tgoek\tgoet\tgoep\tgoeh\tgyo\tgyog\tgyogg\tgyogs\tgyon\tgyonj\tgyonh" +
  "\tgyod\tgyol\tgyolg\tgyolm\tgyolb\tgyols\tgyolt\tgyolp\tgyolh\tgyom\tgyob\tgyobs\tgyos\tgyoss\tgyong" +
  "\tgyoj\tgyoc\tgyok\tgyot\tgyop\tgyoh\tgu\tgug\tgugg\tgugs\tgun\tgunj\tgunh\tgud\tgul\tgulg\tgulm\tgu" +
  "lb\tguls\tgult\tgulp\tgulh\tgum\tgub\tgubs\tgus\tguss\tgung\tguj\tguc\tguk\tgut\tgup\tguh\tgweo\tgwe" +
  "og\tgweogg\tgweogs\tgweon\tgweonj\tgweonh\tgweod\tgweol\tgweolg\tgweolm\tgweolb\tgweols\tgweolt\tgwe" +
  "olp\tgweolh\tgweom\tgweob\tgweobs\tgweos\tgweoss\tgweong\tgweoj\tgweoc\tgweok\tgweot\tgweop\tgweoh\t" +
  "gwe\tgweg\tgwegg\tgwegs\tgwen\tgwenj\tgwenh\tgwed\tgwel\tgwelg\tgwelm\tgwelb\tgwels\tgwelt\tgwelp\tg" +
  "welh\tgwem\tgweb\tgwebs\tgwes\tgwess\tgweng\tgwej\tgwec\tgwek\tgwet\tgwep\tgweh\tgwi\tgwig\tgwigg\tg" +
  "wigs\tgwin\tgwinj\tgwinh\tgwid\tgwil\tgwilg\tgwilm\tgwilb\tgwils\tgwilt\tgwilp\tgwilh\tgwim\tgwib\tg" +
  "wibs\tgwis\tgwiss\tgwing\tgwij\tgwic\tgwik\tgwit\tgwip\tgwih\tgyu\tgyug\tgyugg\tgyugs\tgyun\tgyunj\t" +
  "gyunh\tgyud\tgyul\tgyulg\tgyulm\tgyulb\tgyuls\tgyult\tgyulp\tgyulh\tgyum\tgyub\tgyubs\tgyus\tgyuss\t" +
  "gyung\tgyuj\tgyuc\tgyuk\tgyut\tgyup\tgyuh\tgeu\tgeug\tgeugg\tgeugs\tgeun\tgeunj\tgeunh\tgeud\tgeul\t" +
  "geulg\tgeulm\tgeulb\tgeuls\tgeult\tgeulp\tgeulh\tgeum\tgeub\tgeubs\tgeus\tgeuss\tgeung\tgeuj\tgeuc\t" +
  "geuk\tgeut\tgeup\tgeuh\tgyi\tgyig\tgyigg\tgyigs\tgyin\tgyinj\tgyinh\tgyid\tgyil\tgyilg\tgyilm\tgyilb" +
  "\tgyils\tgyilt\tgyilp\tgyilh\tgyim\tgyib\tgyibs\tgyis\tgyiss\tgying\tgyij\tgyic\tgyik\tgyit\tgyip\tg" +
  "yih\tgi\tgig\tgigg\tgigs\tgin\tginj\tginh\tgid\tgil\tgilg\tgilm\tgilb\tgils\tgilt\tgilp\tgilh\tgim\t" +
  "gib\tgibs\tgis\tgiss\tging\tgij\tgic\tgik\tgit\tgip\tgih\tgga\tggag\tggagg\tggags\tggan\tgganj\tggan" +
  "h\tggad\tggal\tggalg\tggalm\tggalb\tggals\tggalt\tggalp\tggalh\tggam\tggab\tggabs\tggas\tggass\tggan" +
  "g\tggaj\tggac\tggak\tggat\tggap\tggah\tggae\tggaeg\tggaegg\tggaegs\tggaen\tggaenj\tggaenh\tggaed\tgg" +
  "ael\tggaelg\tggaelm\tggaelb\tggaels\tggaelt\tggaelp\tggaelh\tggaem\tggaeb\tggaebs\tggaes\tggaess\tgg" +
  "aeng\tggaej\tggaec\tggaek\tggaet\tggaep\tggaeh\tggya\tggyag\tggyagg\tggyags\tggyan\tggyanj\tggyanh\t" +
  "ggyad\tggyal\tggyalg\tggyalm\tggyalb\tggyals\tggyalt\tggyalp\tggyalh\tggyam\tggyab\tggyabs\tggyas\tg" +
  "gyass\tggyang\tggyaj\tggyac\tggyak\tggyat\tggyap\tggyah\tggyae\tggyaeg\tggyaegg\tggyaegs\tggyaen\tgg" +
  "yaenj\tggyaenh\tggyaed\tggyael\tggyaelg\tggyaelm\tggyaelb\tggyaels\tggyaelt\tggyaelp\tggyaelh\tggyae" +
  "m\tggyaeb\tggyaebs\tggyaes\tggyaess\tggyaeng\tggyaej\tggyaec\tggyaek\tggyaet\tggyaep\tggyaeh\tggeo\t" +
  "ggeog\tggeogg\tggeogs\tggeon\tggeonj\tggeonh\tggeod\tggeol\tggeolg\tggeolm\tggeolb\tggeols\tggeolt\t" +
  "ggeolp\tggeolh\tggeom\tggeob\tggeobs\tggeos\tggeoss\tggeong\tggeoj\tggeoc\tggeok\tggeot\tggeop\tggeo" +
  "h\tgge\tggeg\tggegg\tggegs\tggen\tggenj\tggenh\tgged\tggel\tggelg\tggelm\tggelb\tggels\tggelt\tggelp" +
  "\tggelh\tggem\tggeb\tggebs\tgges\tggess\tggeng\tggej\tggec\tggek\tgget\tggep\tggeh\tggyeo\tggyeog\tg" +
  "gyeogg\tggyeogs\tggyeon\tggyeonj\tggyeonh\tggyeod\tggyeol\tggyeolg\tggyeolm\tggyeolb\tggyeols\tggyeo" +
  "lt\tggyeolp\tggyeolh\tggyeom\tggyeob\tggyeobs\tggyeos\tggyeoss\tggyeong\tggyeoj\tggyeoc\tggyeok\tggy" +
  "eot\tggyeop\tggyeoh\tggye\tggyeg\tggyegg\tggyegs\tggyen\tggyenj\tggyenh\tggyed\tggyel\tggyelg\tggyel" +
  "m\tggyelb\tggyels\tggyelt\tggyelp\tggyelh\tggyem\tggyeb\tggyebs\tggyes\tggyess\tggyeng\tggyej\tggyec" +
  "\tggyek\tggyet\tggyep\tggyeh\tggo\tggog\tggogg\tggogs\tggon\tggonj\tggonh\tggod\tggol\tggolg\tggolm" +
  "\tggolb\tggols\tggolt\tggolp\tggolh\tggom\tggob\tggobs\tggos\tggoss\tggong\tggoj\tggoc\tggok\tggot\t" +
  "ggop\tggoh\tggwa\tggwag\tggwagg\tggwags\tggwan\tggwanj\tggwanh\tggwad\tggwal\tggwalg\tggwalm\tggwalb" +
  "\tggwals\tggwalt\tggwalp\tggwalh\tggwam\tggwab\tggwabs\tggwas\tggwass\tggwang\tggwaj\tggwac\tggwak\t" +
  "ggwat\tggwap\tggwah\tggwae\tggwaeg\tggwaegg\tggwaegs\tggwaen\tggwaenj\tggwaenh\tggwaed\tggwael\tggwa" +
  "elg\tggwaelm\tggwaelb\tggwaels\tggwaelt\tggwaelp\tggwaelh\tggwaem\tggwaeb\tggwaebs\tggwaes\tggwaess" +
  "\tggwaeng\tggwaej\tggwaec\tggwaek\tggwaet\tggwaep\tggwaeh\tggoe\tggoeg\tggoegg\tggoegs\tggoen\tggoen" +
  "j\tggoenh\tggoed\tggoel\tggoelg\tggoelm\tggoelb\tggoels\tggoelt\tggoelp\tggoelh\tggoem\tggoeb\tggoeb" +
  "s\tggoes\tggoess\tggoeng\tggoej\tggoec\tggoek\tggoet\tggoep\tggoeh\tggyo\tggyog\tggyogg\tggyogs\tggy" +
  "on\tggyonj\tggyonh\tggyod\tggyol\tggyolg\tggyolm\tggyolb\tggyols\tggyolt\tggyolp\tggyolh\tggyom\tggy" +
  "ob\tggyobs\tggyos\tggyoss\tggyong\tggyoj\tggyoc\tggyok\tggyot\tggyop\tggyoh\tggu\tggug\tggugg\tggugs" +
  "\tggun\tggunj\tggunh\tggud\tggul\tggulg\tggulm\tggulb\tgguls\tggult\tggulp\tggulh\tggum\tggub\tggubs" +
  "\tggus\tgguss\tggung\tgguj\tgguc\tgguk\tggut\tggup\tgguh\tggweo\tggweog\tggweogg\tggweogs\tggweon\tg" +
  "gweonj\tggweonh\tggweod\tggweol\tggweolg\tggweolm\tggweolb\tggweols\tggweolt\tggweolp\tggweolh\tggwe" +
  "om\tggweob\tggweobs\tggweos\tggweoss\tggweong\tggweoj\tggweoc\tggweok\tggweot\tggweop\tggweoh\tggwe" +
  "\tggweg\tggwegg\tggwegs\tggwen\tggwenj\tggwenh\tggwed\tggwel\tggwelg\tggwelm\tggwelb\tggwels\tggwelt" +
  "\tggwelp\tggwelh\tggwem\tggweb\tggwebs\tggwes\tggwess\tggweng\tggwej\tggwec\tggwek\tggwet\tggwep\tgg" +
  "weh\tggwi\tggwig\tggwigg\tggwigs\tggwin\tggwinj\tggwinh\tggwid\tggwil\tggwilg\tggwilm\tggwilb\tggwil" +
  "s\tggwilt\tggwilp\tggwilh\tggwim\tggwib\tggwibs\tggwis\tggwiss\tggwing\tggwij\tggwic\tggwik\tggwit\t" +
  "ggwip\tggwih\tggyu\tggyug\tggyugg\tggyugs\tggyun\tggyunj\tggyunh\tggyud\tggyul\tggyulg\tggyulm\tggyu" +
  "lb\tggyuls\tggyult\tggyulp\tggyulh\tggyum\tggyub\tggyubs\tggyus\tggyuss\tggyung\tggyuj\tggyuc\tggyuk" +
  "\tggyut\tggyup\tggyuh\tggeu\tggeug\tggeugg\tggeugs\tggeun\tggeunj\tggeunh\tggeud\tggeul\tggeulg\tgge" +
  "ulm\tggeulb\tggeuls\tggeult\tggeulp\tggeulh\tggeum\tggeub\tggeubs\tggeus\tggeuss\tggeung\tggeuj\tgge" +
  "uc\tggeuk\tggeut\tggeup\tggeuh\tggyi\tggyig\tggyigg\tggyigs\tggyin\tggyinj\tggyinh\tggyid\tggyil\tgg" +
  "yilg\tggyilm\tggyilb\tggyils\tggyilt\tggyilp\tggyilh\tggyim\tggyib\tggyibs\tggyis\tggyiss\tggying\tg" +
  "gyij\tggyic\tggyik\tggyit\tggyip\tggyih\tggi\tggig\tggigg\tggigs\tggin\tgginj\tgginh\tggid\tggil\tgg" +
  "ilg\tggilm\tggilb\tggils\tggilt\tggilp\tggilh\tggim\tggib\tggibs\tggis\tggiss\tgging\tggij\tggic\tgg" +
  "ik\tggit\tggip\tggih\tna\tnag\tnagg\tnags\tnan\tnanj\tnanh\tnad\tnal\tnalg\tnalm\tnalb\tnals\tnalt\t" +
  "nalp\tnalh\tnam\tnab\tnabs\tnas\tnass\tnang\tnaj\tnac\tnak\tnat\tnap\tnah\tnae\tnaeg\tnaegg\tnaegs\t" +
  "naen\tnaenj\tnaenh\tnaed\tnael\tnaelg\tnaelm\tnaelb\tnaels\tnaelt\tnaelp\tnaelh\tnaem\tnaeb\tnaebs\t" +
  "naes\tnaess\tnaeng\tnaej\tnaec\tnaek\tnaet\tnaep\tnaeh\tnya\tnyag\tnyagg\tnyags\tnyan\tnyanj\tnyanh" +
  "\tnyad\tnyal\tnyalg\tnyalm\tnyalb\tnyals\tnyalt\tnyalp\tnyalh\tnyam\tnyab\tnyabs\tnyas\tnyass\tnyang" +
  "\tnyaj\tnyac\tnyak\tnyat\tnyap\tnyah\tnyae\tnyaeg\tnyaegg\tnyaegs\tnyaen\tnyaenj\tnyaenh\tnyaed\tnya" +
  "el\tnyaelg\tnyaelm\tnyaelb\tnyaels\tnyaelt\tnyaelp\tnyaelh\tnyaem\tnyaeb\tnyaebs\tnyaes\tnyaess\tnya" +
  "eng\tnyaej\tnyaec\tnyaek\tnyaet\tnyaep\tnyaeh\tneo\tneog\tneogg\tneogs\tneon\tneonj\tneonh\tneod\tne" +
  "ol\tneolg\tneolm\tneolb\tneols\tneolt\tneolp\tneolh\tneom\tneob\tneobs\tneos\tneoss\tneong\tneoj\tne" +
  "oc\tneok\tneot\tneop\tneoh\tne\tneg\tnegg\tnegs\tnen\tnenj\tnenh\tned\tnel\tnelg\tnelm\tnelb\tnels\t" +
  "nelt\tnelp\tnelh\tnem\tneb\tnebs\tnes\tness\tneng\tnej\tnec\tnek\tnet\tnep\tneh\tnyeo\tnyeog\tnyeogg" +
  "\tnyeogs\tnyeon\tnyeonj\tnyeonh\tnyeod\tnyeol\tnyeolg\tnyeolm\tnyeolb\tnyeols\tnyeolt\tnyeolp\tnyeol" +
  "h\tnyeom\tnyeob\tnyeobs\tnyeos\tnyeoss\tnyeong\tnyeoj\tnyeoc\tnyeok\tnyeot\tnyeop\tnyeoh\tnye\tnyeg" +
  "\tnyegg\tnyegs\tnyen\tnyenj\tnyenh\tnyed\tnyel\tnyelg\tnyelm\tnyelb\tnyels\tnyelt\tnyelp\tnyelh\tnye" +
  "m\tnyeb\tnyebs\tnyes\tnyess\tnyeng\tnyej\tnyec\tnyek\tnyet\tnyep\tnyeh\tno\tnog\tnogg\tnogs\tnon\tno" +
  "nj\tnonh\tnod\tnol\tnolg\tnolm\tnolb\tnols\tnolt\tnolp\tnolh\tnom\tnob\tnobs\tnos\tnoss\tnong\tnoj\t" +
  "noc\tnok\tnot\tnop\tnoh\tnwa\tnwag\tnwagg\tnwags\tnwan\tnwanj\tnwanh\tnwad\tnwal\tnwalg\tnwalm\tnwal" +
  "b\tnwals\tnwalt\tnwalp\tnwalh\tnwam\tnwab\tnwabs\tnwas\tnwass\tnwang\tnwaj\tnwac\tnwak\tnwat\tnwap\t" +
  "nwah\tnwae\tnwaeg\tnwaegg\tnwaegs\tnwaen\tnwaenj\tnwaenh\tnwaed\tnwael\tnwaelg\tnwaelm\tnwaelb\tnwae" +
  "ls\tnwaelt\tnwaelp\tnwaelh\tnwaem\tnwaeb\tnwaebs\tnwaes\tnwaess\tnwaeng\tnwaej\tnwaec\tnwaek\tnwaet" +
  "\tnwaep\tnwaeh\tnoe\tnoeg\tnoegg\tnoegs\tnoen\tnoenj\tnoenh\tnoed\tnoel\tnoelg\tnoelm\tnoelb\tnoels" +
  "\tnoelt\tnoelp\tnoelh\tnoem\tnoeb\tnoebs\tnoes\tnoess\tnoeng\tnoej\tnoec\tnoek\tnoet\tnoep\tnoeh\tny" +
  "o\tnyog\tnyogg\tnyogs\tnyon\tnyonj\tnyonh\tnyod\tnyol\tnyolg\tnyolm\tnyolb\tnyols\tnyolt\tnyolp\tnyo" +
  "lh\tnyom\tnyob\tnyobs\tnyos\tnyoss\tnyong\tnyoj\tnyoc\tnyok\tnyot\tnyop\tnyoh\tnu\tnug\tnugg\tnugs\t" +
  "nun\tnunj\tnunh\tnud\tnul\tnulg\tnulm\tnulb\tnuls\tnult\tnulp\tnulh\tnum\tnub\tnubs\tnus\tnuss\tnung" +
  "\tnuj\tnuc\tnuk\tnut\tnup\tnuh\tnweo\tnweog\tnweogg\tnweogs\tnweon\tnweonj\tnweonh\tnweod\tnweol\tnw" +
  "eolg\tnweolm\tnweolb\tnweols\tnweolt\tnweolp\tnweolh\tnweom\tnweob\tnweobs\tnweos\tnweoss\tnweong\tn" +
  "weoj\tnweoc\tnweok\tnweot\tnweop\tnweoh\tnwe\tnweg\tnwegg\tnwegs\tnwen\tnwenj\tnwenh\tnwed\tnwel\tnw" +
  "elg\tnwelm\tnwelb\tnwels\tnwelt\tnwelp\tnwelh\tnwem\tnweb\tnwebs\tnwes\tnwess\tnweng\tnwej\tnwec\tnw" +
  "ek\tnwet\tnwep\tnweh\tnwi\tnwig\tnwigg\tnwigs\tnwin\tnwinj\tnwinh\tnwid\tnwil\tnwilg\tnwilm\tnwilb\t" +
  "nwils\tnwilt\tnwilp\tnwilh\tnwim\tnwib\tnwibs\tnwis\tnwiss\tnwing\tnwij\tnwic\tnwik\tnwit\tnwip\tnwi" +
  "h\tnyu\tnyug\tnyugg\tnyugs\tnyun\tnyunj\tnyunh\tnyud\tnyul\tnyulg\tnyulm\tnyulb\tnyuls\tnyult\tnyulp" +
  "\tnyulh\tnyum\tnyub\tnyubs\tnyus\tnyuss\tnyung\tnyuj\tnyuc\tnyuk\tnyut\tnyup\tnyuh\tneu\tneug\tneugg" +
  "\tneugs\tneun\tneunj\tneunh\tneud\tneul\tneulg\tneulm\tneulb\tneuls\tneult\tneulp\tneulh\tneum\tneub" +
  "\tneubs\tneus\tneuss\tneung\tneuj\tneuc\tneuk\tneut\tneup\tneuh\tnyi\tnyig\tnyigg\tnyigs\tnyin\tnyin" +
  "j\tnyinh\tnyid\tnyil\tnyilg\tnyilm\tnyilb\tnyils\tnyilt\tnyilp\tnyilh\tnyim\tnyib\tnyibs\tnyis\tnyis" +
  "s\tnying\tnyij\tnyic\tnyik\tnyit\tnyip\tnyih\tni\tnig\tnigg\tnigs\tnin\tninj\tninh\tnid\tnil\tnilg\t" +
  "nilm\tnilb\tnils\tnilt\tnilp\tnilh\tnim\tnib\tnibs\tnis\tniss\tning\tnij\tnic\tnik\tnit\tnip\tnih\td" +
  "a\tdag\tdagg\tdags\tdan\tdanj\tdanh\tdad\tdal\tdalg\tdalm\tdalb\tdals\tdalt\tdalp\tdalh\tdam\tdab\td" +
  "abs\tdas\tdass\tdang\tdaj\tdac\tdak\tdat\tdap\tdah\tdae\tdaeg\tdaegg\tdaegs\tdaen\tdaenj\tdaenh\tdae" +
  "d\tdael\tdaelg\tdaelm\tdaelb\tdaels\tdaelt\tdaelp\tdaelh\tdaem\tdaeb\tdaebs\tdaes\tdaess\tdaeng\tdae" +
  "j\tdaec\tdaek\tdaet\tdaep\tdaeh\tdya\tdyag\tdyagg\tdyags\tdyan\tdyanj\tdyanh\tdyad\tdyal\tdyalg\tdya" +
  "lm\tdyalb\tdyals\tdyalt\tdyalp\tdyalh\tdyam\tdyab\tdyabs\tdyas\tdyass\tdyang\tdyaj\tdyac\tdyak\tdyat" +
  "\tdyap\tdyah\tdyae\tdyaeg\tdyaegg\tdyaegs\tdyaen\tdyaenj\tdyaenh\tdyaed\tdyael\tdyaelg\tdyaelm\tdyae" +
  "lb\tdyaels\tdyaelt\tdyaelp\tdyaelh\tdyaem\tdyaeb\tdyaebs\tdyaes\tdyaess\tdyaeng\tdyaej\tdyaec\tdyaek" +
  "\tdyaet\tdyaep\tdyaeh\tdeo\tdeog\tdeogg\tdeogs\tdeon\tdeonj\tdeonh\tdeod\tdeol\tdeolg\tdeolm\tdeolb" +
  "\tdeols\tdeolt\tdeolp\tdeolh\tdeom\tdeob\tdeobs\tdeos\tdeoss\tdeong\tdeoj\tdeoc\tdeok\tdeot\tdeop\td" +
  "eoh\tde\tdeg\tdegg\tdegs\tden\tdenj\tdenh\tded\tdel\tdelg\tdelm\tdelb\tdels\tdelt\tdelp\tdelh\tdem\t" +
  "deb\tdebs\tdes\tdess\tdeng\tdej\tdec\tdek\tdet\tdep\tdeh\tdyeo\tdyeog\tdyeogg\tdyeogs\tdyeon\tdyeonj" +
  "\tdyeonh\tdyeod\tdyeol\tdyeolg\tdyeolm\tdyeolb\tdyeols\tdyeolt\tdyeolp\tdyeolh\tdyeom\tdyeob\tdyeobs" +
  "\tdyeos\tdyeoss\tdyeong\tdyeoj\tdyeoc\tdyeok\tdyeot\tdyeop\tdyeoh\tdye\tdyeg\tdyegg\tdyegs\tdyen\tdy" +
  "enj\tdyenh\tdyed\tdyel\tdyelg\tdyelm\tdyelb\tdyels\tdyelt\tdyelp\tdyelh\tdyem\tdyeb\tdyebs\tdyes\tdy" +
  "ess\tdyeng\tdyej\tdyec\tdyek\tdyet\tdyep\tdyeh\tdo\tdog\tdogg\tdogs\tdon\tdonj\tdonh\tdod\tdol\tdolg" +
  "\tdolm\tdolb\tdols\tdolt\tdolp\tdolh\tdom\tdob\tdobs\tdos\tdoss\tdong\tdoj\tdoc\tdok\tdot\tdop\tdoh" +
  "\tdwa\tdwag\tdwagg\tdwags\tdwan\tdwanj\tdwanh\tdwad\tdwal\tdwalg\tdwalm\tdwalb\tdwals\tdwalt\tdwalp" +
  "\tdwalh\tdwam\tdwab\tdwabs\tdwas\tdwass\tdwang\tdwaj\tdwac\tdwak\tdwat\tdwap\tdwah\tdwae\tdwaeg\tdwa" +
  "egg\tdwaegs\tdwaen\tdwaenj\tdwaenh\tdwaed\tdwael\tdwaelg\tdwaelm\tdwaelb\tdwaels\tdwaelt\tdwaelp\tdw" +
  "aelh\tdwaem\tdwaeb\tdwaebs\tdwaes\tdwaess\tdwaeng\tdwaej\tdwaec\tdwaek\tdwaet\tdwaep\tdwaeh\tdoe\tdo" +
  "eg\tdoegg\tdoegs\tdoen\tdoenj\tdoenh\tdoed\tdoel\tdoelg\tdoelm\tdoelb\tdoels\tdoelt\tdoelp\tdoelh\td" +
  "oem\tdoeb\tdoebs\tdoes\tdoess\tdoeng\tdoej\tdoec\tdoek\tdoet\tdoep\tdoeh\tdyo\tdyog\tdyogg\tdyogs\td" +
  "yon\tdyonj\tdyonh\tdyod\tdyol\tdyolg\tdyolm\tdyolb\tdyols\tdyolt\tdyolp\tdyolh\tdyom\tdyob\tdyobs\td" +
  "yos\tdyoss\tdyong\tdyoj\tdyoc\tdyok\tdyot\tdyop\tdyoh\tdu\tdug\tdugg\tdugs\tdun\tdunj\tdunh\tdud\tdu" +
  "l\tdulg\tdulm\tdulb\tduls\tdult\tdulp\tdulh\tdum\tdub\tdubs\tdus\tduss\tdung\tduj\tduc\tduk\tdut\tdu" +
  "p\tduh\tdweo\tdweog\tdweogg\tdweogs\tdweon\tdweonj\tdweonh\tdweod\tdweol\tdweolg\tdweolm\tdweolb\tdw" +
  "eols\tdweolt\tdweolp\tdweolh\tdweom\tdweob\tdweobs\tdweos\tdweoss\tdweong\tdweoj\tdweoc\tdweok\tdweo" +
  "t\tdweop\tdweoh\tdwe\tdweg\tdwegg\tdwegs\tdwen\tdwenj\tdwenh\tdwed\tdwel\tdwelg\tdwelm\tdwelb\tdwels" +
  "\tdwelt\tdwelp\tdwelh\tdwem\tdweb\tdwebs\tdwes\tdwess\tdweng\tdwej\tdwec\tdwek\tdwet\tdwep\tdweh\tdw" +
  "i\tdwig\tdwigg\tdwigs\tdwin\tdwinj\tdwinh\tdwid\tdwil\tdwilg\tdwilm\tdwilb\tdwils\tdwilt\tdwilp\tdwi" +
  "lh\tdwim\tdwib\tdwibs\tdwis\tdwiss\tdwing\tdwij\tdwic\tdwik\tdwit\tdwip\tdwih\tdyu\tdyug\tdyugg\tdyu" +
  "gs\tdyun\tdyunj\tdyunh\tdyud\tdyul\tdyulg\tdyulm\tdyulb\tdyuls\tdyult\tdyulp\tdyulh\tdyum\tdyub\tdyu" +
  "bs\tdyus\tdyuss\tdyung\tdyuj\tdyuc\tdyuk\tdyut\tdyup\tdyuh\tdeu\tdeug\tdeugg\tdeugs\tdeun\tdeunj\tde" +
  "unh\tdeud\tdeul\tdeulg\tdeulm\tdeulb\tdeuls\tdeult\tdeulp\tdeulh\tdeum\tdeub\tdeubs\tdeus\tdeuss\tde" +
  "ung\tdeuj\tdeuc\tdeuk\tdeut\tdeup\tdeuh\tdyi\tdyig\tdyigg\tdyigs\tdyin\tdyinj\tdyinh\tdyid\tdyil\tdy" +
  "ilg\tdyilm\tdyilb\tdyils\tdyilt\tdyilp\tdyilh\tdyim\tdyib\tdyibs\tdyis\tdyiss\tdying\tdyij\tdyic\tdy" +
  "ik\tdyit\tdyip\tdyih\tdi\tdig\tdigg\tdigs\tdin\tdinj\tdinh\tdid\tdil\tdilg\tdilm\tdilb\tdils\tdilt\t" +
  "dilp\tdilh\tdim\tdib\tdibs\tdis\tdiss\tding\tdij\tdic\tdik\tdit\tdip\tdih\tdda\tddag\tddagg\tddags\t" +
  "ddan\tddanj\tddanh\tddad\tddal\tddalg\tddalm\tddalb\tddals\tddalt\tddalp\tddalh\tddam\tddab\tddabs\t" +
  "ddas\tddass\tddang\tddaj\tddac\tddak\tddat\tddap\tddah\tddae\tddaeg\tddaegg\tddaegs\tddaen\tddaenj\t" +
  "ddaenh\tddaed\tddael\tddaelg\tddaelm\tddaelb\tddaels\tddaelt\tddaelp\tddaelh\tddaem\tddaeb\tddaebs\t" +
  "ddaes\tddaess\tddaeng\tddaej\tddaec\tddaek\tddaet\tddaep\tddaeh\tddya\tddyag\tddyagg\tddyags\tddyan" +
  "\tddyanj\tddyanh\tddyad\tddyal\tddyalg\tddyalm\tddyalb\tddyals\tddyalt\tddyalp\tddyalh\tddyam\tddyab" +
  "\tddyabs\tddyas\tddyass\tddyang\tddyaj\tddyac\tddyak\tddyat\tddyap\tddyah\tddyae\tddyaeg\tddyaegg\td" +
  "dyaegs\tddyaen\tddyaenj\tddyaenh\tddyaed\tddyael\tddyaelg\tddyaelm\tddyaelb\tddyaels\tddyaelt\tddyae" +
  "lp\tddyaelh\tddyaem\tddyaeb\tddyaebs\tddyaes\tddyaess\tddyaeng\tddyaej\tddyaec\tddyaek\tddyaet\tddya" +
  "ep\tddyaeh\tddeo\tddeog\tddeogg\tddeogs\tddeon\tddeonj\tddeonh\tddeod\tddeol\tddeolg\tddeolm\tddeolb" +
  "\tddeols\tddeolt\tddeolp\tddeolh\tddeom\tddeob\tddeobs\tddeos\tddeoss\tddeong\tddeoj\tddeoc\tddeok\t" +
  "ddeot\tddeop\tddeoh\tdde\tddeg\tddegg\tddegs\tdden\tddenj\tddenh\tdded\tddel\tddelg\tddelm\tddelb\td" +
  "dels\tddelt\tddelp\tddelh\tddem\tddeb\tddebs\tddes\tddess\tddeng\tddej\tddec\tddek\tddet\tddep\tddeh" +
  "\tddyeo\tddyeog\tddyeogg\tddyeogs\tddyeon\tddyeonj\tddyeonh\tddyeod\tddyeol\tddyeolg\tddyeolm\tddyeo" +
  "lb\tddyeols\tddyeolt\tddyeolp\tddyeolh\tddyeom\tddyeob\tddyeobs\tddyeos\tddyeoss\tddyeong\tddyeoj\td" +
  "dyeoc\tddyeok\tddyeot\tddyeop\tddyeoh\tddye\tddyeg\tddyegg\tddyegs\tddyen\tddyenj\tddyenh\tddyed\tdd" +
  "yel\tddyelg\tddyelm\tddyelb\tddyels\tddyelt\tddyelp\tddyelh\tddyem\tddyeb\tddyebs\tddyes\tddyess\tdd" +
  "yeng\tddyej\tddyec\tddyek\tddyet\tddyep\tddyeh\tddo\tddog\tddogg\tddogs\tddon\tddonj\tddonh\tddod\td" +
  "dol\tddolg\tddolm\tddolb\tddols\tddolt\tddolp\tddolh\tddom\tddob\tddobs\tddos\tddoss\tddong\tddoj\td" +
  "doc\tddok\tddot\tddop\tddoh\tddwa\tddwag\tddwagg\tddwags\tddwan\tddwanj\tddwanh\tddwad\tddwal\tddwal" +
  "g\tddwalm\tddwalb\tddwals\tddwalt\tddwalp\tddwalh\tddwam\tddwab\tddwabs\tddwas\tddwass\tddwang\tddwa" +
  "j\tddwac\tddwak\tddwat\tddwap\tddwah\tddwae\tddwaeg\tddwaegg\tddwaegs\tddwaen\tddwaenj\tddwaenh\tddw" +
  "aed\tddwael\tddwaelg\tddwaelm\tddwaelb\tddwaels\tddwaelt\tddwaelp\tddwaelh\tddwaem\tddwaeb\tddwaebs" +
  "\tddwaes\tddwaess\tddwaeng\tddwaej\tddwaec\tddwaek\tddwaet\tddwaep\tddwaeh\tddoe\tddoeg\tddoegg\tddo" +
  "egs\tddoen\tddoenj\tddoenh\tddoed\tddoel\tddoelg\tddoelm\tddoelb\tddoels\tddoelt\tddoelp\tddoelh\tdd" +
  "oem\tddoeb\tddoebs\tddoes\tddoess\tddoeng\tddoej\tddoec\tddoek\tddoet\tddoep\tddoeh\tddyo\tddyog\tdd" +
  "yogg\tddyogs\tddyon\tddyonj\tddyonh\tddyod\tddyol\tddyolg\tddyolm\tddyolb\tddyols\tddyolt\tddyolp\td" +
  "dyolh\tddyom\tddyob\tddyobs\tddyos\tddyoss\tddyong\tddyoj\tddyoc\tddyok\tddyot\tddyop\tddyoh\tddu\td" +
  "dug\tddugg\tddugs\tddun\tddunj\tddunh\tddud\tddul\tddulg\tddulm\tddulb\tdduls\tddult\tddulp\tddulh\t" +
  "ddum\tddub\tddubs\tddus\tdduss\tddung\tdduj\tdduc\tdduk\tddut\tddup\tdduh\tddweo\tddweog\tddweogg\td" +
  "dweogs\tddweon\tddweonj\tddweonh\tddweod\tddweol\tddweolg\tddweolm\tddweolb\tddweols\tddweolt\tddweo" +
  "lp\tddweolh\tddweom\tddweob\tddweobs\tddweos\tddweoss\tddweong\tddweoj\tddweoc\tddweok\tddweot\tddwe" +
  "op\tddweoh\tddwe\tddweg\tddwegg\tddwegs\tddwen\tddwenj\tddwenh\tddwed\tddwel\tddwelg\tddwelm\tddwelb" +
  "\tddwels\tddwelt\tddwelp\tddwelh\tddwem\tddweb\tddwebs\tddwes\tddwess\tddweng\tddwej\tddwec\tddwek\t" +
  "ddwet\tddwep\tddweh\tddwi\tddwig\tddwigg\tddwigs\tddwin\tddwinj\tddwinh\tddwid\tddwil\tddwilg\tddwil" +
  "m\tddwilb\tddwils\tddwilt\tddwilp\tddwilh\tddwim\tddwib\tddwibs\tddwis\tddwiss\tddwing\tddwij\tddwic" +
  "\tddwik\tddwit\tddwip\tddwih\tddyu\tddyug\tddyugg\tddyugs\tddyun\tddyunj\tddyunh\tddyud\tddyul\tddyu" +
  "lg\tddyulm\tddyulb\tddyuls\tddyult\tddyulp\tddyulh\tddyum\tddyub\tddyubs\tddyus\tddyuss\tddyung\tddy" +
  "uj\tddyuc\tddyuk\tddyut\tddyup\tddyuh\tddeu\tddeug\tddeugg\tddeugs\tddeun\tddeunj\tddeunh\tddeud\tdd" +
  "eul\tddeulg\tddeulm\tddeulb\tddeuls\tddeult\tddeulp\tddeulh\tddeum\tddeub\tddeubs\tddeus\tddeuss\tdd" +
  "eung\tddeuj\tddeuc\tddeuk\tddeut\tddeup\tddeuh\tddyi\tddyig\tddyigg\tddyigs\tddyin\tddyinj\tddyinh\t" +
  "ddyid\tddyil\tddyilg\tddyilm\tddyilb\tddyils\tddyilt\tddyilp\tddyilh\tddyim\tddyib\tddyibs\tddyis\td" +
  "dyiss\tddying\tddyij\tddyic\tddyik\tddyit\tddyip\tddyih\tddi\tddig\tddigg\tddigs\tddin\tddinj\tddinh" +
  "\tddid\tddil\tddilg\tddilm\tddilb\tddils\tddilt\tddilp\tddilh\tddim\tddib\tddibs\tddis\tddiss\tdding" +
  "\tddij\tddic\tddik\tddit\tddip\tddih\tra\trag\tragg\trags\tran\tranj\tranh\trad\tral\tralg\tralm\tra" +
  "lb\trals\tralt\tralp\tralh\tram\trab\trabs\tras\trass\trang\traj\trac\trak\trat\trap\trah\trae\traeg" +
  "\traegg\traegs\traen\traenj\traenh\traed\trael\traelg\traelm\traelb\traels\traelt\traelp\traelh\trae" +
  "m\traeb\traebs\traes\traess\traeng\traej\traec\traek\traet\traep\traeh\trya\tryag\tryagg\tryags\trya" +
  "n\tryanj\tryanh\tryad\tryal\tryalg\tryalm\tryalb\tryals\tryalt\tryalp\tryalh\tryam\tryab\tryabs\trya" +
  "s\tryass\tryang\tryaj\tryac\tryak\tryat\tryap\tryah\tryae\tryaeg\tryaegg\tryaegs\tryaen\tryaenj\trya" +
  "enh\tryaed\tryael\tryaelg\tryaelm\tryaelb\tryaels\tryaelt\tryaelp\tryaelh\tryaem\tryaeb\tryaebs\trya" +
  "es\tryaess\tryaeng\tryaej\tryaec\tryaek\tryaet\tryaep\tryaeh\treo\treog\treogg\treogs\treon\treonj\t" +
  "reonh\treod\treol\treolg\treolm\treolb\treols\treolt\treolp\treolh\treom\treob\treobs\treos\treoss\t" +
  "reong\treoj\treoc\treok\treot\treop\treoh\tre\treg\tregg\tregs\tren\trenj\trenh\tred\trel\trelg\trel" +
  "m\trelb\trels\trelt\trelp\trelh\trem\treb\trebs\tres\tress\treng\trej\trec\trek\tret\trep\treh\tryeo" +
  "\tryeog\tryeogg\tryeogs\tryeon\tryeonj\tryeonh\tryeod\tryeol\tryeolg\tryeolm\tryeolb\tryeols\tryeolt" +
  "\tryeolp\tryeolh\tryeom\tryeob\tryeobs\tryeos\tryeoss\tryeong\tryeoj\tryeoc\tryeok\tryeot\tryeop\try" +
  "eoh\trye\tryeg\tryegg\tryegs\tryen\tryenj\tryenh\tryed\tryel\tryelg\tryelm\tryelb\tryels\tryelt\trye" +
  "lp\tryelh\tryem\tryeb\tryebs\tryes\tryess\tryeng\tryej\tryec\tryek\tryet\tryep\tryeh\tro\trog\trogg" +
  "\trogs\tron\tronj\tronh\trod\trol\trolg\trolm\trolb\trols\trolt\trolp\trolh\trom\trob\trobs\tros\tro" +
  "ss\trong\troj\troc\trok\trot\trop\troh\trwa\trwag\trwagg\trwags\trwan\trwanj\trwanh\trwad\trwal\trwa" +
  "lg\trwalm\trwalb\trwals\trwalt\trwalp\trwalh\trwam\trwab\trwabs\trwas\trwass\trwang\trwaj\trwac\trwa" +
  "k\trwat\trwap\trwah\trwae\trwaeg\trwaegg\trwaegs\trwaen\trwaenj\trwaenh\trwaed\trwael\trwaelg\trwael" +
  "m\trwaelb\trwaels\trwaelt\trwaelp\trwaelh\trwaem\trwaeb\trwaebs\trwaes\trwaess\trwaeng\trwaej\trwaec" +
  "\trwaek\trwaet\trwaep\trwaeh\troe\troeg\troegg\troegs\troen\troenj\troenh\troed\troel\troelg\troelm" +
  "\troelb\troels\troelt\troelp\troelh\troem\troeb\troebs\troes\troess\troeng\troej\troec\troek\troet\t" +
  "roep\troeh\tryo\tryog\tryogg\tryogs\tryon\tryonj\tryonh\tryod\tryol\tryolg\tryolm\tryolb\tryols\tryo" +
  "lt\tryolp\tryolh\tryom\tryob\tryobs\tryos\tryoss\tryong\tryoj\tryoc\tryok\tryot\tryop\tryoh\tru\trug" +
  "\trugg\trugs\trun\trunj\trunh\trud\trul\trulg\trulm\trulb\truls\trult\trulp\trulh\trum\trub\trubs\tr" +
  "us\truss\trung\truj\truc\truk\trut\trup\truh\trweo\trweog\trweogg\trweogs\trweon\trweonj\trweonh\trw" +
  "eod\trweol\trweolg\trweolm\trweolb\trweols\trweolt\trweolp\trweolh\trweom\trweob\trweobs\trweos\trwe" +
  "oss\trweong\trweoj\trweoc\trweok\trweot\trweop\trweoh\trwe\trweg\trwegg\trwegs\trwen\trwenj\trwenh\t" +
  "rwed\trwel\trwelg\trwelm\trwelb\trwels\trwelt\trwelp\trwelh\trwem\trweb\trwebs\trwes\trwess\trweng\t" +
  "rwej\trwec\trwek\trwet\trwep\trweh\trwi\trwig\trwigg\trwigs\trwin\trwinj\trwinh\trwid\trwil\trwilg\t" +
  "rwilm\trwilb\trwils\trwilt\trwilp\trwilh\trwim\trwib\trwibs\trwis\trwiss\trwing\trwij\trwic\trwik\tr" +
  "wit\trwip\trwih\tryu\tryug\tryugg\tryugs\tryun\tryunj\tryunh\tryud\tryul\tryulg\tryulm\tryulb\tryuls" +
  "\tryult\tryulp\tryulh\tryum\tryub\tryubs\tryus\tryuss\tryung\tryuj\tryuc\tryuk\tryut\tryup\tryuh\tre" +
  "u\treug\treugg\treugs\treun\treunj\treunh\treud\treul\treulg\treulm\treulb\treuls\treult\treulp\treu" +
  "lh\treum\treub\treubs\treus\treuss\treung\treuj\treuc\treuk\treut\treup\treuh\tryi\tryig\tryigg\tryi" +
  "gs\tryin\tryinj\tryinh\tryid\tryil\tryilg\tryilm\tryilb\tryils\tryilt\tryilp\tryilh\tryim\tryib\tryi" +
  "bs\tryis\tryiss\trying\tryij\tryic\tryik\tryit\tryip\tryih\tri\trig\trigg\trigs\trin\trinj\trinh\tri" +
  "d\tril\trilg\trilm\trilb\trils\trilt\trilp\trilh\trim\trib\tribs\tris\triss\tring\trij\tric\trik\tri" +
  "t\trip\trih\tma\tmag\tmagg\tmags\tman\tmanj\tmanh\tmad\tmal\tmalg\tmalm\tmalb\tmals\tmalt\tmalp\tmal" +
  "h\tmam\tmab\tmabs\tmas\tmass\tmang\tmaj\tmac\tmak\tmat\tmap\tmah\tmae\tmaeg\tmaegg\tmaegs\tmaen\tmae" +
  "nj\tmaenh\tmaed\tmael\tmaelg\tmaelm\tmaelb\tmaels\tmaelt\tmaelp\tmaelh\tmaem\tmaeb\tmaebs\tmaes\tmae" +
  "ss\tmaeng\tmaej\tmaec\tmaek\tmaet\tmaep\tmaeh\tmya\tmyag\tmyagg\tmyags\tmyan\tmyanj\tmyanh\tmyad\tmy" +
  "al\tmyalg\tmyalm\tmyalb\tmyals\tmyalt\tmyalp\tmyalh\tmyam\tmyab\tmyabs\tmyas\tmyass\tmyang\tmyaj\tmy" +
  "ac\tmyak\tmyat\tmyap\tmyah\tmyae\tmyaeg\tmyaegg\tmyaegs\tmyaen\tmyaenj\tmyaenh\tmyaed\tmyael\tmyaelg" +
  "\tmyaelm\tmyaelb\tmyaels\tmyaelt\tmyaelp\tmyaelh\tmyaem\tmyaeb\tmyaebs\tmyaes\tmyaess\tmyaeng\tmyaej" +
  "\tmyaec\tmyaek\tmyaet\tmyaep\tmyaeh\tmeo\tmeog\tmeogg\tmeogs\tmeon\tmeonj\tmeonh\tmeod\tmeol\tmeolg" +
  "\tmeolm\tmeolb\tmeols\tmeolt\tmeolp\tmeolh\tmeom\tmeob\tmeobs\tmeos\tmeoss\tmeong\tmeoj\tmeoc\tmeok" +
  "\tmeot\tmeop\tmeoh\tme\tmeg\tmegg\tmegs\tmen\tmenj\tmenh\tmed\tmel\tmelg\tmelm\tmelb\tmels\tmelt\tme" +
  "lp\tmelh\tmem\tmeb\tmebs\tmes\tmess\tmeng\tmej\tmec\tmek\tmet\tmep\tmeh\tmyeo\tmyeog\tmyeogg\tmyeogs" +
  "\tmyeon\tmyeonj\tmyeonh\tmyeod\tmyeol\tmyeolg\tmyeolm\tmyeolb\tmyeols\tmyeolt\tmyeolp\tmyeolh\tmyeom" +
  "\tmyeob\tmyeobs\tmyeos\tmyeoss\tmyeong\tmyeoj\tmyeoc\tmyeok\tmyeot\tmyeop\tmyeoh\tmye\tmyeg\tmyegg\t" +
  "myegs\tmyen\tmyenj\tmyenh\tmyed\tmyel\tmyelg\tmyelm\tmyelb\tmyels\tmyelt\tmyelp\tmyelh\tmyem\tmyeb\t" +
  "myebs\tmyes\tmyess\tmyeng\tmyej\tmyec\tmyek\tmyet\tmyep\tmyeh\tmo\tmog\tmogg\tmogs\tmon\tmonj\tmonh" +
  "\tmod\tmol\tmolg\tmolm\tmolb\tmols\tmolt\tmolp\tmolh\tmom\tmob\tmobs\tmos\tmoss\tmong\tmoj\tmoc\tmok" +
  "\tmot\tmop\tmoh\tmwa\tmwag\tmwagg\tmwags\tmwan\tmwanj\tmwanh\tmwad\tmwal\tmwalg\tmwalm\tmwalb\tmwals" +
  "\tmwalt\tmwalp\tmwalh\tmwam\tmwab\tmwabs\tmwas\tmwass\tmwang\tmwaj\tmwac\tmwak\tmwat\tmwap\tmwah\tmw" +
  "ae\tmwaeg\tmwaegg\tmwaegs\tmwaen\tmwaenj\tmwaenh\tmwaed\tmwael\tmwaelg\tmwaelm\tmwaelb\tmwaels\tmwae" +
  "lt\tmwaelp\tmwaelh\tmwaem\tmwaeb\tmwaebs\tmwaes\tmwaess\tmwaeng\tmwaej\tmwaec\tmwaek\tmwaet\tmwaep\t" +
  "mwaeh\tmoe\tmoeg\tmoegg\tmoegs\tmoen\tmoenj\tmoenh\tmoed\tmoel\tmoelg\tmoelm\tmoelb\tmoels\tmoelt\tm" +
  "oelp\tmoelh\tmoem\tmoeb\tmoebs\tmoes\tmoess\tmoeng\tmoej\tmoec\tmoek\tmoet\tmoep\tmoeh\tmyo\tmyog\tm" +
  "yogg\tmyogs\tmyon\tmyonj\tmyonh\tmyod\tmyol\tmyolg\tmyolm\tmyolb\tmyols\tmyolt\tmyolp\tmyolh\tmyom\t" +
  "myob\tmyobs\tmyos\tmyoss\tmyong\tmyoj\tmyoc\tmyok\tmyot\tmyop\tmyoh\tmu\tmug\tmugg\tmugs\tmun\tmunj" +
  "\tmunh\tmud\tmul\tmulg\tmulm\tmulb\tmuls\tmult\tmulp\tmulh\tmum\tmub\tmubs\tmus\tmuss\tmung\tmuj\tmu" +
  "c\tmuk\tmut\tmup\tmuh\tmweo\tmweog\tmweogg\tmweogs\tmweon\tmweonj\tmweonh\tmweod\tmweol\tmweolg\tmwe" +
  "olm\tmweolb\tmweols\tmweolt\tmweolp\tmweolh\tmweom\tmweob\tmweobs\tmweos\tmweoss\tmweong\tmweoj\tmwe" +
  "oc\tmweok\tmweot\tmweop\tmweoh\tmwe\tmweg\tmwegg\tmwegs\tmwen\tmwenj\tmwenh\tmwed\tmwel\tmwelg\tmwel" +
  "m\tmwelb\tmwels\tmwelt\tmwelp\tmwelh\tmwem\tmweb\tmwebs\tmwes\tmwess\tmweng\tmwej\tmwec\tmwek\tmwet" +
  "\tmwep\tmweh\tmwi\tmwig\tmwigg\tmwigs\tmwin\tmwinj\tmwinh\tmwid\tmwil\tmwilg\tmwilm\tmwilb\tmwils\tm" +
  "wilt\tmwilp\tmwilh\tmwim\tmwib\tmwibs\tmwis\tmwiss\tmwing\tmwij\tmwic\tmwik\tmwit\tmwip\tmwih\tmyu\t" +
  "myug\tmyugg\tmyugs\tmyun\tmyunj\tmyunh\tmyud\tmyul\tmyulg\tmyulm\tmyulb\tmyuls\tmyult\tmyulp\tmyulh" +
  "\tmyum\tmyub\tmyubs\tmyus\tmyuss\tmyung\tmyuj\tmyuc\tmyuk\tmyut\tmyup\tmyuh\tmeu\tmeug\tmeugg\tmeugs" +
  "\tmeun\tmeunj\tmeunh\tmeud\tmeul\tmeulg\tmeulm\tmeulb\tmeuls\tmeult\tmeulp\tmeulh\tmeum\tmeub\tmeubs" +
  "\tmeus\tmeuss\tmeung\tmeuj\tmeuc\tmeuk\tmeut\tmeup\tmeuh\tmyi\tmyig\tmyigg\tmyigs\tmyin\tmyinj\tmyin" +
  "h\tmyid\tmyil\tmyilg\tmyilm\tmyilb\tmyils\tmyilt\tmyilp\tmyilh\tmyim\tmyib\tmyibs\tmyis\tmyiss\tmyin" +
  "g\tmyij\tmyic\tmyik\tmyit\tmyip\tmyih\tmi\tmig\tmigg\tmigs\tmin\tminj\tminh\tmid\tmil\tmilg\tmilm\tm" +
  "ilb\tmils\tmilt\tmilp\tmilh\tmim\tmib\tmibs\tmis\tmiss\tming\tmij\tmic\tmik\tmit\tmip\tmih\tba\tbag" +
  "\tbagg\tbags\tban\tbanj\tbanh\tbad\tbal\tbalg\tbalm\tbalb\tbals\tbalt\tbalp\tbalh\tbam\tbab\tbabs\tb" +
  "as\tbass\tbang\tbaj\tbac\tbak\tbat\tbap\tbah\tbae\tbaeg\tbaegg\tbaegs\tbaen\tbaenj\tbaenh\tbaed\tbae" +
  "l\tbaelg\tbaelm\tbaelb\tbaels\tbaelt\tbaelp\tbaelh\tbaem\tbaeb\tbaebs\tbaes\tbaess\tbaeng\tbaej\tbae" +
  "c\tbaek\tbaet\tbaep\tbaeh\tbya\tbyag\tbyagg\tbyags\tbyan\tbyanj\tbyanh\tbyad\tbyal\tbyalg\tbyalm\tby" +
  "alb\tbyals\tbyalt\tbyalp\tbyalh\tbyam\tbyab\tbyabs\tbyas\tbyass\tbyang\tbyaj\tbyac\tbyak\tbyat\tbyap" +
  "\tbyah\tbyae\tbyaeg\tbyaegg\tbyaegs\tbyaen\tbyaenj\tbyaenh\tbyaed\tbyael\tbyaelg\tbyaelm\tbyaelb\tby" +
  "aels\tbyaelt\tbyaelp\tbyaelh\tbyaem\tbyaeb\tbyaebs\tbyaes\tbyaess\tbyaeng\tbyaej\tbyaec\tbyaek\tbyae" +
  "t\tbyaep\tbyaeh\tbeo\tbeog\tbeogg\tbeogs\tbeon\tbeonj\tbeonh\tbeod\tbeol\tbeolg\tbeolm\tbeolb\tbeols" +
  "\tbeolt\tbeolp\tbeolh\tbeom\tbeob\tbeobs\tbeos\tbeoss\tbeong\tbeoj\tbeoc\tbeok\tbeot\tbeop\tbeoh\tbe" +
  "\tbeg\tbegg\tbegs\tben\tbenj\tbenh\tbed\tbel\tbelg\tbelm\tbelb\tbels\tbelt\tbelp\tbelh\tbem\tbeb\tbe" +
  "bs\tbes\tbess\tbeng\tbej\tbec\tbek\tbet\tbep\tbeh\tbyeo\tbyeog\tbyeogg\tbyeogs\tbyeon\tbyeonj\tbyeon" +
  "h\tbyeod\tbyeol\tbyeolg\tbyeolm\tbyeolb\tbyeols\tbyeolt\tbyeolp\tbyeolh\tbyeom\tbyeob\tbyeobs\tbyeos" +
  "\tbyeoss\tbyeong\tbyeoj\tbyeoc\tbyeok\tbyeot\tbyeop\tbyeoh\tbye\tbyeg\tbyegg\tbyegs\tbyen\tbyenj\tby" +
  "enh\tbyed\tbyel\tbyelg\tbyelm\tbyelb\tbyels\tbyelt\tbyelp\tbyelh\tbyem\tbyeb\tbyebs\tbyes\tbyess\tby" +
  "eng\tbyej\tbyec\tbyek\tbyet\tbyep\tbyeh\tbo\tbog\tbogg\tbogs\tbon\tbonj\tbonh\tbod\tbol\tbolg\tbolm" +
  "\tbolb\tbols\tbolt\tbolp\tbolh\tbom\tbob\tbobs\tbos\tboss\tbong\tboj\tboc\tbok\tbot\tbop\tboh\tbwa\t" +
  "bwag\tbwagg\tbwags\tbwan\tbwanj\tbwanh\tbwad\tbwal\tbwalg\tbwalm\tbwalb\tbwals\tbwalt\tbwalp\tbwalh" +
  "\tbwam\tbwab\tbwabs\tbwas\tbwass\tbwang\tbwaj\tbwac\tbwak\tbwat\tbwap\tbwah\tbwae\tbwaeg\tbwaegg\tbw" +
  "aegs\tbwaen\tbwaenj\tbwaenh\tbwaed\tbwael\tbwaelg\tbwaelm\tbwaelb\tbwaels\tbwaelt\tbwaelp\tbwaelh\tb" +
  "waem\tbwaeb\tbwaebs\tbwaes\tbwaess\tbwaeng\tbwaej\tbwaec\tbwaek\tbwaet\tbwaep\tbwaeh\tboe\tboeg\tboe" +
  "gg\tboegs\tboen\tboenj\tboenh\tboed\tboel\tboelg\tboelm\tboelb\tboels\tboelt\tboelp\tboelh\tboem\tbo" +
  "eb\tboebs\tboes\tboess\tboeng\tboej\tboec\tboek\tboet\tboep\tboeh\tbyo\tbyog\tbyogg\tbyogs\tbyon\tby" +
  "onj\tbyonh\tbyod\tbyol\tbyolg\tbyolm\tbyolb\tbyols\tbyolt\tbyolp\tbyolh\tbyom\tbyob\tbyobs\tbyos\tby" +
  "oss\tbyong\tbyoj\tbyoc\tbyok\tbyot\tbyop\tbyoh\tbu\tbug\tbugg\tbugs\tbun\tbunj\tbunh\tbud\tbul\tbulg" +
  "\tbulm\tbulb\tbuls\tbult\tbulp\tbulh\tbum\tbub\tbubs\tbus\tbuss\tbung\tbuj\tbuc\tbuk\tbut\tbup\tbuh" +
  "\tbweo\tbweog\tbweogg\tbweogs\tbweon\tbweonj\tbweonh\tbweod\tbweol\tbweolg\tbweolm\tbweolb\tbweols\t" +
  "bweolt\tbweolp\tbweolh\tbweom\tbweob\tbweobs\tbweos\tbweoss\tbweong\tbweoj\tbweoc\tbweok\tbweot\tbwe" +
  "op\tbweoh\tbwe\tbweg\tbwegg\tbwegs\tbwen\tbwenj\tbwenh\tbwed\tbwel\tbwelg\tbwelm\tbwelb\tbwels\tbwel" +
  "t\tbwelp\tbwelh\tbwem\tbweb\tbwebs\tbwes\tbwess\tbweng\tbwej\tbwec\tbwek\tbwet\tbwep\tbweh\tbwi\tbwi" +
  "g\tbwigg\tbwigs\tbwin\tbwinj\tbwinh\tbwid\tbwil\tbwilg\tbwilm\tbwilb\tbwils\tbwilt\tbwilp\tbwilh\tbw" +
  "im\tbwib\tbwibs\tbwis\tbwiss\tbwing\tbwij\tbwic\tbwik\tbwit\tbwip\tbwih\tbyu\tbyug\tbyugg\tbyugs\tby" +
  "un\tbyunj\tbyunh\tbyud\tbyul\tbyulg\tbyulm\tbyulb\tbyuls\tbyult\tbyulp\tbyulh\tbyum\tbyub\tbyubs\tby" +
  "us\tbyuss\tbyung\tbyuj\tbyuc\tbyuk\tbyut\tbyup\tbyuh\tbeu\tbeug\tbeugg\tbeugs\tbeun\tbeunj\tbeunh\tb" +
  "eud\tbeul\tbeulg\tbeulm\tbeulb\tbeuls\tbeult\tbeulp\tbeulh\tbeum\tbeub\tbeubs\tbeus\tbeuss\tbeung\tb" +
  "euj\tbeuc\tbeuk\tbeut\tbeup\tbeuh\tbyi\tbyig\tbyigg\tbyigs\tbyin\tbyinj\tbyinh\tbyid\tbyil\tbyilg\tb" +
  "yilm\tbyilb\tbyils\tbyilt\tbyilp\tbyilh\tbyim\tbyib\tbyibs\tbyis\tbyiss\tbying\tbyij\tbyic\tbyik\tby" +
  "it\tbyip\tbyih\tbi\tbig\tbigg\tbigs\tbin\tbinj\tbinh\tbid\tbil\tbilg\tbilm\tbilb\tbils\tbilt\tbilp\t" +
  "bilh\tbim\tbib\tbibs\tbis\tbiss\tbing\tbij\tbic\tbik\tbit\tbip\tbih\tbba\tbbag\tbbagg\tbbags\tbban\t" +
  "bbanj\tbbanh\tbbad\tbbal\tbbalg\tbbalm\tbbalb\tbbals\tbbalt\tbbalp\tbbalh\tbbam\tbbab\tbbabs\tbbas\t" +
  "bbass\tbbang\tbbaj\tbbac\tbbak\tbbat\tbbap\tbbah\tbbae\tbbaeg\tbbaegg\tbbaegs\tbbaen\tbbaenj\tbbaenh" +
  "\tbbaed\tbbael\tbbaelg\tbbaelm\tbbaelb\tbbaels\tbbaelt\tbbaelp\tbbaelh\tbbaem\tbbaeb\tbbaebs\tbbaes" +
  "\tbbaess\tbbaeng\tbbaej\tbbaec\tbbaek\tbbaet\tbbaep\tbbaeh\tbbya\tbbyag\tbbyagg\tbbyags\tbbyan\tbbya" +
  "nj\tbbyanh\tbbyad\tbbyal\tbbyalg\tbbyalm\tbbyalb\tbbyals\tbbyalt\tbbyalp\tbbyalh\tbbyam\tbbyab\tbbya" +
  "bs\tbbyas\tbbyass\tbbyang\tbbyaj\tbbyac\tbbyak\tbbyat\tbbyap\tbbyah\tbbyae\tbbyaeg\tbbyaegg\tbbyaegs" +
  "\tbbyaen\tbbyaenj\tbbyaenh\tbbyaed\tbbyael\tbbyaelg\tbbyaelm\tbbyaelb\tbbyaels\tbbyaelt\tbbyaelp\tbb" +
  "yaelh\tbbyaem\tbbyaeb\tbbyaebs\tbbyaes\tbbyaess\tbbyaeng\tbbyaej\tbbyaec\tbbyaek\tbbyaet\tbbyaep\tbb" +
  "yaeh\tbbeo\tbbeog\tbbeogg\tbbeogs\tbbeon\tbbeonj\tbbeonh\tbbeod\tbbeol\tbbeolg\tbbeolm\tbbeolb\tbbeo" +
  "ls\tbbeolt\tbbeolp\tbbeolh\tbbeom\tbbeob\tbbeobs\tbbeos\tbbeoss\tbbeong\tbbeoj\tbbeoc\tbbeok\tbbeot" +
  "\tbbeop\tbbeoh\tbbe\tbbeg\tbbegg\tbbegs\tbben\tbbenj\tbbenh\tbbed\tbbel\tbbelg\tbbelm\tbbelb\tbbels" +
  "\tbbelt\tbbelp\tbbelh\tbbem\tbbeb\tbbebs\tbbes\tbbess\tbbeng\tbbej\tbbec\tbbek\tbbet\tbbep\tbbeh\tbb" +
  "yeo\tbbyeog\tbbyeogg\tbbyeogs\tbbyeon\tbbyeonj\tbbyeonh\tbbyeod\tbbyeol\tbbyeolg\tbbyeolm\tbbyeolb\t" +
  "bbyeols\tbbyeolt\tbbyeolp\tbbyeolh\tbbyeom\tbbyeob\tbbyeobs\tbbyeos\tbbyeoss\tbbyeong\tbbyeoj\tbbyeo" +
  "c\tbbyeok\tbbyeot\tbbyeop\tbbyeoh\tbbye\tbbyeg\tbbyegg\tbbyegs\tbbyen\tbbyenj\tbbyenh\tbbyed\tbbyel" +
  "\tbbyelg\tbbyelm\tbbyelb\tbbyels\tbbyelt\tbbyelp\tbbyelh\tbbyem\tbbyeb\tbbyebs\tbbyes\tbbyess\tbbyen" +
  "g\tbbyej\tbbyec\tbbyek\tbbyet\tbbyep\tbbyeh\tbbo\tbbog\tbbogg\tbbogs\tbbon\tbbonj\tbbonh\tbbod\tbbol" +
  "\tbbolg\tbbolm\tbbolb\tbbols\tbbolt\tbbolp\tbbolh\tbbom\tbbob\tbbobs\tbbos\tbboss\tbbong\tbboj\tbboc" +
  "\tbbok\tbbot\tbbop\tbboh\tbbwa\tbbwag\tbbwagg\tbbwags\tbbwan\tbbwanj\tbbwanh\tbbwad\tbbwal\tbbwalg\t" +
  "bbwalm\tbbwalb\tbbwals\tbbwalt\tbbwalp\tbbwalh\tbbwam\tbbwab\tbbwabs\tbbwas\tbbwass\tbbwang\tbbwaj\t" +
  "bbwac\tbbwak\tbbwat\tbbwap\tbbwah\tbbwae\tbbwaeg\tbbwaegg\tbbwaegs\tbbwaen\tbbwaenj\tbbwaenh\tbbwaed" +
  "\tbbwael\tbbwaelg\tbbwaelm\tbbwaelb\tbbwaels\tbbwaelt\tbbwaelp\tbbwaelh\tbbwaem\tbbwaeb\tbbwaebs\tbb" +
  "waes\tbbwaess\tbbwaeng\tbbwaej\tbbwaec\tbbwaek\tbbwaet\tbbwaep\tbbwaeh\tbboe\tbboeg\tbboegg\tbboegs" +
  "\tbboen\tbboenj\tbboenh\tbboed\tbboel\tbboelg\tbboelm\tbboelb\tbboels\tbboelt\tbboelp\tbboelh\tbboem" +
  "\tbboeb\tbboebs\tbboes\tbboess\tbboeng\tbboej\tbboec\tbboek\tbboet\tbboep\tbboeh\tbbyo\tbbyog\tbbyog" +
  "g\tbbyogs\tbbyon\tbbyonj\tbbyonh\tbbyod\tbbyol\tbbyolg\tbbyolm\tbbyolb\tbbyols\tbbyolt\tbbyolp\tbbyo" +
  "lh\tbbyom\tbbyob\tbbyobs\tbbyos\tbbyoss\tbbyong\tbbyoj\tbbyoc\tbbyok\tbbyot\tbbyop\tbbyoh\tbbu\tbbug" +
  "\tbbugg\tbbugs\tbbun\tbbunj\tbbunh\tbbud\tbbul\tbbulg\tbbulm\tbbulb\tbbuls\tbbult\tbbulp\tbbulh\tbbu" +
  "m\tbbub\tbbubs\tbbus\tbbuss\tbbung\tbbuj\tbbuc\tbbuk\tbbut\tbbup\tbbuh\tbbweo\tbbweog\tbbweogg\tbbwe" +
  "ogs\tbbweon\tbbweonj\tbbweonh\tbbweod\tbbweol\tbbweolg\tbbweolm\tbbweolb\tbbweols\tbbweolt\tbbweolp" +
  "\tbbweolh\tbbweom\tbbweob\tbbweobs\tbbweos\tbbweoss\tbbweong\tbbweoj\tbbweoc\tbbweok\tbbweot\tbbweop" +
  "\tbbweoh\tbbwe\tbbweg\tbbwegg\tbbwegs\tbbwen\tbbwenj\tbbwenh\tbbwed\tbbwel\tbbwelg\tbbwelm\tbbwelb\t" +
  "bbwels\tbbwelt\tbbwelp\tbbwelh\tbbwem\tbbweb\tbbwebs\tbbwes\tbbwess\tbbweng\tbbwej\tbbwec\tbbwek\tbb" +
  "wet\tbbwep\tbbweh\tbbwi\tbbwig\tbbwigg\tbbwigs\tbbwin\tbbwinj\tbbwinh\tbbwid\tbbwil\tbbwilg\tbbwilm" +
  "\tbbwilb\tbbwils\tbbwilt\tbbwilp\tbbwilh\tbbwim\tbbwib\tbbwibs\tbbwis\tbbwiss\tbbwing\tbbwij\tbbwic" +
  "\tbbwik\tbbwit\tbbwip\tbbwih\tbbyu\tbbyug\tbbyugg\tbbyugs\tbbyun\tbbyunj\tbbyunh\tbbyud\tbbyul\tbbyu" +
  "lg\tbbyulm\tbbyulb\tbbyuls\tbbyult\tbbyulp\tbbyulh\tbbyum\tbbyub\tbbyubs\tbbyus\tbbyuss\tbbyung\tbby" +
  "uj\tbbyuc\tbbyuk\tbbyut\tbbyup\tbbyuh\tbbeu\tbbeug\tbbeugg\tbbeugs\tbbeun\tbbeunj\tbbeunh\tbbeud\tbb" +
  "eul\tbbeulg\tbbeulm\tbbeulb\tbbeuls\tbbeult\tbbeulp\tbbeulh\tbbeum\tbbeub\tbbeubs\tbbeus\tbbeuss\tbb" +
  "eung\tbbeuj\tbbeuc\tbbeuk\tbbeut\tbbeup\tbbeuh\tbbyi\tbbyig\tbbyigg\tbbyigs\tbbyin\tbbyinj\tbbyinh\t" +
  "bbyid\tbbyil\tbbyilg\tbbyilm\tbbyilb\tbbyils\tbbyilt\tbbyilp\tbbyilh\tbbyim\tbbyib\tbbyibs\tbbyis\tb" +
  "byiss\tbbying\tbbyij\tbbyic\tbbyik\tbbyit\tbbyip\tbbyih\tbbi\tbbig\tbbigg\tbbigs\tbbin\tbbinj\tbbinh" +
  "\tbbid\tbbil\tbbilg\tbbilm\tbbilb\tbbils\tbbilt\tbbilp\tbbilh\tbbim\tbbib\tbbibs\tbbis\tbbiss\tbbing" +
  "\tbbij\tbbic\tbbik\tbbit\tbbip\tbbih\tsa\tsag\tsagg\tsags\tsan\tsanj\tsanh\tsad\tsal\tsalg\tsalm\tsa" +
  "lb\tsals\tsalt\tsalp\tsalh\tsam\tsab\tsabs\tsas\tsass\tsang\tsaj\tsac\tsak\tsat\tsap\tsah\tsae\tsaeg" +
  "\tsaegg\tsaegs\tsaen\tsaenj\tsaenh\tsaed\tsael\tsaelg\tsaelm\tsaelb\tsaels\tsaelt\tsaelp\tsaelh\tsae" +
  "m\tsaeb\tsaebs\tsaes\tsaess\tsaeng\tsaej\tsaec\tsaek\tsaet\tsaep\tsaeh\tsya\tsyag\tsyagg\tsyags\tsya" +
  "n\tsyanj\tsyanh\tsyad\tsyal\tsyalg\tsyalm\tsyalb\tsyals\tsyalt\tsyalp\tsyalh\tsyam\tsyab\tsyabs\tsya" +
  "s\tsyass\tsyang\tsyaj\tsyac\tsyak\tsyat\tsyap\tsyah\tsyae\tsyaeg\tsyaegg\tsyaegs\tsyaen\tsyaenj\tsya" +
  "enh\tsyaed\tsyael\tsyaelg\tsyaelm\tsyaelb\tsyaels\tsyaelt\tsyaelp\tsyaelh\tsyaem\tsyaeb\tsyaebs\tsya" +
  "es\tsyaess\tsyaeng\tsyaej\tsyaec\tsyaek\tsyaet\tsyaep\tsyaeh\tseo\tseog\tseogg\tseogs\tseon\tseonj\t" +
  "seonh\tseod\tseol\tseolg\tseolm\tseolb\tseols\tseolt\tseolp\tseolh\tseom\tseob\tseobs\tseos\tseoss\t" +
  "seong\tseoj\tseoc\tseok\tseot\tseop\tseoh\tse\tseg\tsegg\tsegs\tsen\tsenj\tsenh\tsed\tsel\tselg\tsel" +
  "m\tselb\tsels\tselt\tselp\tselh\tsem\tseb\tsebs\tses\tsess\tseng\tsej\tsec\tsek\tset\tsep\tseh\tsyeo" +
  "\tsyeog\tsyeogg\tsyeogs\tsyeon\tsyeonj\tsyeonh\tsyeod\tsyeol\tsyeolg\tsyeolm\tsyeolb\tsyeols\tsyeolt" +
  "\tsyeolp\tsyeolh\tsyeom\tsyeob\tsyeobs\tsyeos\tsyeoss\tsyeong\tsyeoj\tsyeoc\tsyeok\tsyeot\tsyeop\tsy" +
  "eoh\tsye\tsyeg\tsyegg\tsyegs\tsyen\tsyenj\tsyenh\tsyed\tsyel\tsyelg\tsyelm\tsyelb\tsyels\tsyelt\tsye" +
  "lp\tsyelh\tsyem\tsyeb\tsyebs\tsyes\tsyess\tsyeng\tsyej\tsyec\tsyek\tsyet\tsyep\tsyeh\tso\tsog\tsogg" +
  "\tsogs\tson\tsonj\tsonh\tsod\tsol\tsolg\tsolm\tsolb\tsols\tsolt\tsolp\tsolh\tsom\tsob\tsobs\tsos\tso" +
  "ss\tsong\tsoj\tsoc\tsok\tsot\tsop\tsoh\tswa\tswag\tswagg\tswags\tswan\tswanj\tswanh\tswad\tswal\tswa" +
  "lg\tswalm\tswalb\tswals\tswalt\tswalp\tswalh\tswam\tswab\tswabs\tswas\tswass\tswang\tswaj\tswac\tswa" +
  "k\tswat\tswap\tswah\tswae\tswaeg\tswaegg\tswaegs\tswaen\tswaenj\tswaenh\tswaed\tswael\tswaelg\tswael" +
  "m\tswaelb\tswaels\tswaelt\tswaelp\tswaelh\tswaem\tswaeb\tswaebs\tswaes\tswaess\tswaeng\tswaej\tswaec" +
  "\tswaek\tswaet\tswaep\tswaeh\tsoe\tsoeg\tsoegg\tsoegs\tsoen\tsoenj\tsoenh\tsoed\tsoel\tsoelg\tsoelm" +
  "\tsoelb\tsoels\tsoelt\tsoelp\tsoelh\tsoem\tsoeb\tsoebs\tsoes\tsoess\tsoeng\tsoej\tsoec\tsoek\tsoet\t" +
  "soep\tsoeh\tsyo\tsyog\tsyogg\tsyogs\tsyon\tsyonj\tsyonh\tsyod\tsyol\tsyolg\tsyolm\tsyolb\tsyols\tsyo" +
  "lt\tsyolp\tsyolh\tsyom\tsyob\tsyobs\tsyos\tsyoss\tsyong\tsyoj\tsyoc\tsyok\tsyot\tsyop\tsyoh\tsu\tsug" +
  "\tsugg\tsugs\tsun\tsunj\tsunh\tsud\tsul\tsulg\tsulm\tsulb\tsuls\tsult\tsulp\tsulh\tsum\tsub\tsubs\ts" +
  "us\tsuss\tsung\tsuj\tsuc\tsuk\tsut\tsup\tsuh\tsweo\tsweog\tsweogg\tsweogs\tsweon\tsweonj\tsweonh\tsw" +
  "eod\tsweol\tsweolg\tsweolm\tsweolb\tsweols\tsweolt\tsweolp\tsweolh\tsweom\tsweob\tsweobs\tsweos\tswe" +
  "oss\tsweong\tsweoj\tsweoc\tsweok\tsweot\tsweop\tsweoh\tswe\tsweg\tswegg\tswegs\tswen\tswenj\tswenh\t" +
  "swed\tswel\tswelg\tswelm\tswelb\tswels\tswelt\tswelp\tswelh\tswem\tsweb\tswebs\tswes\tswess\tsweng\t" +
  "swej\tswec\tswek\tswet\tswep\tsweh\tswi\tswig\tswigg\tswigs\tswin\tswinj\tswinh\tswid\tswil\tswilg\t" +
  "swilm\tswilb\tswils\tswilt\tswilp\tswilh\tswim\tswib\tswibs\tswis\tswiss\tswing\tswij\tswic\tswik\ts" +
  "wit\tswip\tswih\tsyu\tsyug\tsyugg\tsyugs\tsyun\tsyunj\tsyunh\tsyud\tsyul\tsyulg\tsyulm\tsyulb\tsyuls" +
  "\tsyult\tsyulp\tsyulh\tsyum\tsyub\tsyubs\tsyus\tsyuss\tsyung\tsyuj\tsyuc\tsyuk\tsyut\tsyup\tsyuh\tse" +
  "u\tseug\tseugg\tseugs\tseun\tseunj\tseunh\tseud\tseul\tseulg\tseulm\tseulb\tseuls\tseult\tseulp\tseu" +
  "lh\tseum\tseub\tseubs\tseus\tseuss\tseung\tseuj\tseuc\tseuk\tseut\tseup\tseuh\tsyi\tsyig\tsyigg\tsyi" +
  "gs\tsyin\tsyinj\tsyinh\tsyid\tsyil\tsyilg\tsyilm\tsyilb\tsyils\tsyilt\tsyilp\tsyilh\tsyim\tsyib\tsyi" +
  "bs\tsyis\tsyiss\tsying\tsyij\tsyic\tsyik\tsyit\tsyip\tsyih\tsi\tsig\tsigg\tsigs\tsin\tsinj\tsinh\tsi" +
  "d\tsil\tsilg\tsilm\tsilb\tsils\tsilt\tsilp\tsilh\tsim\tsib\tsibs\tsis\tsiss\tsing\tsij\tsic\tsik\tsi" +
  "t\tsip\tsih\tssa\tssag\tssagg\tssags\tssan\tssanj\tssanh\tssad\tssal\tssalg\tssalm\tssalb\tssals\tss" +
  "alt\tssalp\tssalh\tssam\tssab\tssabs\tssas\tssass\tssang\tssaj\tssac\tssak\tssat\tssap\tssah\tssae\t" +
  "ssaeg\tssaegg\tssaegs\tssaen\tssaenj\tssaenh\tssaed\tssael\tssaelg\tssaelm\tssaelb\tssaels\tssaelt\t" +
  "ssaelp\tssaelh\tssaem\tssaeb\tssaebs\tssaes\tssaess\tssaeng\tssaej\tssaec\tssaek\tssaet\tssaep\tssae" +
  "h\tssya\tssyag\tssyagg\tssyags\tssyan\tssyanj\tssyanh\tssyad\tssyal\tssyalg\tssyalm\tssyalb\tssyals" +
  "\tssyalt\tssyalp\tssyalh\tssyam\tssyab\tssyabs\tssyas\tssyass\tssyang\tssyaj\tssyac\tssyak\tssyat\ts" +
  "syap\tssyah\tssyae\tssyaeg\tssyaegg\tssyaegs\tssyaen\tssyaenj\tssyaenh\tssyaed\tssyael\tssyaelg\tssy" +
  "aelm\tssyaelb\tssyaels\tssyaelt\tssyaelp\tssyaelh\tssyaem\tssyaeb\tssyaebs\tssyaes\tssyaess\tssyaeng" +
  "\tssyaej\tssyaec\tssyaek\tssyaet\tssyaep\tssyaeh\tsseo\tsseog\tsseogg\tsseogs\tsseon\tsseonj\tsseonh" +
  "\tsseod\tsseol\tsseolg\tsseolm\tsseolb\tsseols\tsseolt\tsseolp\tsseolh\tsseom\tsseob\tsseobs\tsseos" +
  "\tsseoss\tsseong\tsseoj\tsseoc\tsseok\tsseot\tsseop\tsseoh\tsse\tsseg\tssegg\tssegs\tssen\tssenj\tss" +
  "enh\tssed\tssel\tsselg\tsselm\tsselb\tssels\tsselt\tsselp\tsselh\tssem\tsseb\tssebs\tsses\tssess\tss" +
  "eng\tssej\tssec\tssek\tsset\tssep\tsseh\tssyeo\tssyeog\tssyeogg\tssyeogs\tssyeon\tssyeonj\tssyeonh\t" +
  "ssyeod\tssyeol\tssyeolg\tssyeolm\tssyeolb\tssyeols\tssyeolt\tssyeolp\tssyeolh\tssyeom\tssyeob\tssyeo" +
  "bs\tssyeos\tssyeoss\tssyeong\tssyeoj\tssyeoc\tssyeok\tssyeot\tssyeop\tssyeoh\tssye\tssyeg\tssyegg\ts" +
  "syegs\tssyen\tssyenj\tssyenh\tssyed\tssyel\tssyelg\tssyelm\tssyelb\tssyels\tssyelt\tssyelp\tssyelh\t" +
  "ssyem\tssyeb\tssyebs\tssyes\tssyess\tssyeng\tssyej\tssyec\tssyek\tssyet\tssyep\tssyeh\tsso\tssog\tss" +
  "ogg\tssogs\tsson\tssonj\tssonh\tssod\tssol\tssolg\tssolm\tssolb\tssols\tssolt\tssolp\tssolh\tssom\ts" +
  "sob\tssobs\tssos\tssoss\tssong\tssoj\tssoc\tssok\tssot\tssop\tssoh\tsswa\tsswag\tsswagg\tsswags\tssw" +
  "an\tsswanj\tsswanh\tsswad\tsswal\tsswalg\tsswalm\tsswalb\tsswals\tsswalt\tsswalp\tsswalh\tsswam\tssw" +
  "ab\tsswabs\tsswas\tsswass\tsswang\tsswaj\tsswac\tsswak\tsswat\tsswap\tsswah\tsswae\tsswaeg\tsswaegg" +
  "\tsswaegs\tsswaen\tsswaenj\tsswaenh\tsswaed\tsswael\tsswaelg\tsswaelm\tsswaelb\tsswaels\tsswaelt\tss" +
  "waelp\tsswaelh\tsswaem\tsswaeb\tsswaebs\tsswaes\tsswaess\tsswaeng\tsswaej\tsswaec\tsswaek\tsswaet\ts" +
  "swaep\tsswaeh\tssoe\tssoeg\tssoegg\tssoegs\tssoen\tssoenj\tssoenh\tssoed\tssoel\tssoelg\tssoelm\tsso" +
  "elb\tssoels\tssoelt\tssoelp\tssoelh\tssoem\tssoeb\tssoebs\tssoes\tssoess\tssoeng\tssoej\tssoec\tssoe" +
  "k\tssoet\tssoep\tssoeh\tssyo\tssyog\tssyogg\tssyogs\tssyon\tssyonj\tssyonh\tssyod\tssyol\tssyolg\tss" +
  "yolm\tssyolb\tssyols\tssyolt\tssyolp\tssyolh\tssyom\tssyob\tssyobs\tssyos\tssyoss\tssyong\tssyoj\tss" +
  "yoc\tssyok\tssyot\tssyop\tssyoh\tssu\tssug\tssugg\tssugs\tssun\tssunj\tssunh\tssud\tssul\tssulg\tssu" +
  "lm\tssulb\tssuls\tssult\tssulp\tssulh\tssum\tssub\tssubs\tssus\tssuss\tssung\tssuj\tssuc\tssuk\tssut" +
  "\tssup\tssuh\tssweo\tssweog\tssweogg\tssweogs\tssweon\tssweonj\tssweonh\tssweod\tssweol\tssweolg\tss" +
  "weolm\tssweolb\tssweols\tssweolt\tssweolp\tssweolh\tssweom\tssweob\tssweobs\tssweos\tssweoss\tssweon" +
  "g\tssweoj\tssweoc\tssweok\tssweot\tssweop\tssweoh\tsswe\tssweg\tsswegg\tsswegs\tsswen\tsswenj\tsswen" +
  "h\tsswed\tsswel\tsswelg\tsswelm\tsswelb\tsswels\tsswelt\tsswelp\tsswelh\tsswem\tssweb\tsswebs\tsswes" +
  "\tsswess\tssweng\tsswej\tsswec\tsswek\tsswet\tsswep\tssweh\tsswi\tsswig\tsswigg\tsswigs\tsswin\tsswi" +
  "nj\tsswinh\tsswid\tsswil\tsswilg\tsswilm\tsswilb\tsswils\tsswilt\tsswilp\tsswilh\tsswim\tsswib\tsswi" +
  "bs\tsswis\tsswiss\tsswing\tsswij\tsswic\tsswik\tsswit\tsswip\tsswih\tssyu\tssyug\tssyugg\tssyugs\tss" +
  "yun\tssyunj\tssyunh\tssyud\tssyul\tssyulg\tssyulm\tssyulb\tssyuls\tssyult\tssyulp\tssyulh\tssyum\tss" +
  "yub\tssyubs\tssyus\tssyuss\tssyung\tssyuj\tssyuc\tssyuk\tssyut\tssyup\tssyuh\tsseu\tsseug\tsseugg\ts" +
  "seugs\tsseun\tsseunj\tsseunh\tsseud\tsseul\tsseulg\tsseulm\tsseulb\tsseuls\tsseult\tsseulp\tsseulh\t" +
  "sseum\tsseub\tsseubs\tsseus\tsseuss\tsseung\tsseuj\tsseuc\tsseuk\tsseut\tsseup\tsseuh\tssyi\tssyig\t" +
  "ssyigg\tssyigs\tssyin\tssyinj\tssyinh\tssyid\tssyil\tssyilg\tssyilm\tssyilb\tssyils\tssyilt\tssyilp" +
  "\tssyilh\tssyim\tssyib\tssyibs\tssyis\tssyiss\tssying\tssyij\tssyic\tssyik\tssyit\tssyip\tssyih\tssi" +
  "\tssig\tssigg\tssigs\tssin\tssinj\tssinh\tssid\tssil\tssilg\tssilm\tssilb\tssils\tssilt\tssilp\tssil" +
  "h\tssim\tssib\tssibs\tssis\tssiss\tssing\tssij\tssic\tssik\tssit\tssip\tssih\ta\tag\tagg\tags\tan\ta" +
  "nj\tanh\tad\tal\talg\talm\talb\tals\talt\talp\talh\tam\tab\tabs\tas\tass\tang\taj\tac\tak\tat\tap\ta" +
  "h\tae\taeg\taegg\taegs\taen\taenj\taenh\taed\tael\taelg\taelm\taelb\taels\taelt\taelp\taelh\taem\tae" +
  "b\taebs\taes\taess\taeng\taej\taec\taek\taet\taep\taeh\tya\tyag\tyagg\tyags\tyan\tyanj\tyanh\tyad\ty" +
  "al\tyalg\tyalm\tyalb\tyals\tyalt\tyalp\tyalh\tyam\tyab\tyabs\tyas\tyass\tyang\tyaj\tyac\tyak\tyat\ty" +
  "ap\tyah\tyae\tyaeg\tyaegg\tyaegs\tyaen\tyaenj\tyaenh\tyaed\tyael\tyaelg\tyaelm\tyaelb\tyaels\tyaelt" +
  "\tyaelp\tyaelh\tyaem\tyaeb\tyaebs\tyaes\tyaess\tyaeng\tyaej\tyaec\tyaek\tyaet\tyaep\tyaeh\teo\teog\t" +
  "eogg\teogs\teon\teonj\teonh\teod\teol\teolg\teolm\teolb\teols\teolt\teolp\teolh\teom\teob\teobs\teos" +
  "\teoss\teong\teoj\teoc\teok\teot\teop\teoh\te\teg\tegg\tegs\ten\tenj\tenh\ted\tel\telg\telm\telb\tel" +
  "s\telt\telp\telh\tem\teb\tebs\tes\tess\teng\tej\tec\tek\tet\tep\teh\tyeo\tyeog\tyeogg\tyeogs\tyeon\t" +
  "yeonj\tyeonh\tyeod\tyeol\tyeolg\tyeolm\tyeolb\tyeols\tyeolt\tyeolp\tyeolh\tyeom\tyeob\tyeobs\tyeos\t" +
  "yeoss\tyeong\tyeoj\tyeoc\tyeok\tyeot\tyeop\tyeoh\tye\tyeg\tyegg\tyegs\tyen\tyenj\tyenh\tyed\tyel\tye" +
  "lg\tyelm\tyelb\tyels\tyelt\tyelp\tyelh\tyem\tyeb\tyebs\tyes\tyess\tyeng\tyej\tyec\tyek\tyet\tyep\tye" +
  "h\to\tog\togg\togs\ton\tonj\tonh\tod\tol\tolg\tolm\tolb\tols\tolt\tolp\tolh\tom\tob\tobs\tos\toss\to" +
  "ng\toj\toc\tok\tot\top\toh\twa\twag\twagg\twags\twan\twanj\twanh\twad\twal\twalg\twalm\twalb\twals\t" +
  "walt\twalp\twalh\twam\twab\twabs\twas\twass\twang\twaj\twac\twak\twat\twap\twah\twae\twaeg\twaegg\tw" +
  "aegs\twaen\twaenj\twaenh\twaed\twael\twaelg\twaelm\twaelb\twaels\twaelt\twaelp\twaelh\twaem\twaeb\tw" +
  "aebs\twaes\twaess\twaeng\twaej\twaec\twaek\twaet\twaep\twaeh\toe\toeg\toegg\toegs\toen\toenj\toenh\t" +
  "oed\toel\toelg\toelm\toelb\toels\toelt\toelp\toelh\toem\toeb\toebs\toes\toess\toeng\toej\toec\toek\t" +
  "oet\toep\toeh\tyo\tyog\tyogg\tyogs\tyon\tyonj\tyonh\tyod\tyol\tyolg\tyolm\tyolb\tyols\tyolt\tyolp\ty" +
  "olh\tyom\tyob\tyobs\tyos\tyoss\tyong\tyoj\tyoc\tyok\tyot\tyop\tyoh\tu\tug\tugg\tugs\tun\tunj\tunh\tu" +
  "d\tul\tulg\tulm\tulb\tuls\tult\tulp\tulh\tum\tub\tubs\tus\tuss\tung\tuj\tuc\tuk\tut\tup\tuh\tweo\twe" +
  "og\tweogg\tweogs\tweon\tweonj\tweonh\tweod\tweol\tweolg\tweolm\tweolb\tweols\tweolt\tweolp\tweolh\tw" +
  "eom\tweob\tweobs\tweos\tweoss\tweong\tweoj\tweoc\tweok\tweot\tweop\tweoh\twe\tweg\twegg\twegs\twen\t" +
  "wenj\twenh\twed\twel\twelg\twelm\twelb\twels\twelt\twelp\twelh\twem\tweb\twebs\twes\twess\tweng\twej" +
  "\twec\twek\twet\twep\tweh\twi\twig\twigg\twigs\twin\twinj\twinh\twid\twil\twilg\twilm\twilb\twils\tw" +
  "ilt\twilp\twilh\twim\twib\twibs\twis\twiss\twing\twij\twic\twik\twit\twip\twih\tyu\tyug\tyugg\tyugs" +
  "\tyun\tyunj\tyunh\tyud\tyul\tyulg\tyulm\tyulb\tyuls\tyult\tyulp\tyulh\tyum\tyub\tyubs\tyus\tyuss\tyu" +
  "ng\tyuj\tyuc\tyuk\tyut\tyup\tyuh\teu\teug\teugg\teugs\teun\teunj\teunh\teud\teul\teulg\teulm\teulb\t" +
  "euls\teult\teulp\teulh\teum\teub\teubs\teus\teuss\teung\teuj\teuc\teuk\teut\teup\teuh\tyi\tyig\tyigg" +
  "\tyigs\tyin\tyinj\tyinh\tyid\tyil\tyilg\tyilm\tyilb\tyils\tyilt\tyilp\tyilh\tyim\tyib\tyibs\tyis\tyi" +
  "ss\tying\tyij\tyic\tyik\tyit\tyip\tyih\ti\tig\tigg\tigs\tin\tinj\tinh\tid\til\tilg\tilm\tilb\tils\ti" +
  "lt\tilp\tilh\tim\tib\tibs\tis\tiss\ting\tij\tic\tik\tit\tip\tih\tja\tjag\tjagg\tjags\tjan\tjanj\tjan" +
  "h\tjad\tjal\tjalg\tjalm\tjalb\tjals\tjalt\tjalp\tjalh\tjam\tjab\tjabs\tjas\tjass\tjang\tjaj\tjac\tja" +
  "k\tjat\tjap\tjah\tjae\tjaeg\tjaegg\tjaegs\tjaen\tjaenj\tjaenh\tjaed\tjael\tjaelg\tjaelm\tjaelb\tjael" +
  "s\tjaelt\tjaelp\tjaelh\tjaem\tjaeb\tjaebs\tjaes\tjaess\tjaeng\tjaej\tjaec\tjaek\tjaet\tjaep\tjaeh\tj" +
  "ya\tjyag\tjyagg\tjyags\tjyan\tjyanj\tjyanh\tjyad\tjyal\tjyalg\tjyalm\tjyalb\tjyals\tjyalt\tjyalp\tjy" +
  "alh\tjyam\tjyab\tjyabs\tjyas\tjyass\tjyang\tjyaj\tjyac\tjyak\tjyat\tjyap\tjyah\tjyae\tjyaeg\tjyaegg" +
  "\tjyaegs\tjyaen\tjyaenj\tjyaenh\tjyaed\tjyael\tjyaelg\tjyaelm\tjyaelb\tjyaels\tjyaelt\tjyaelp\tjyael" +
  "h\tjyaem\tjyaeb\tjyaebs\tjyaes\tjyaess\tjyaeng\tjyaej\tjyaec\tjyaek\tjyaet\tjyaep\tjyaeh\tjeo\tjeog" +
  "\tjeogg\tjeogs\tjeon\tjeonj\tjeonh\tjeod\tjeol\tjeolg\tjeolm\tjeolb\tjeols\tjeolt\tjeolp\tjeolh\tjeo" +
  "m\tjeob\tjeobs\tjeos\tjeoss\tjeong\tjeoj\tjeoc\tjeok\tjeot\tjeop\tjeoh\tje\tjeg\tjegg\tjegs\tjen\tje" +
  "nj\tjenh\tjed\tjel\tjelg\tjelm\tjelb\tjels\tjelt\tjelp\tjelh\tjem\tjeb\tjebs\tjes\tjess\tjeng\tjej\t" +
  "jec\tjek\tjet\tjep\tjeh\tjyeo\tjyeog\tjyeogg\tjyeogs\tjyeon\tjyeonj\tjyeonh\tjyeod\tjyeol\tjyeolg\tj" +
  "yeolm\tjyeolb\tjyeols\tjyeolt\tjyeolp\tjyeolh\tjyeom\tjyeob\tjyeobs\tjyeos\tjyeoss\tjyeong\tjyeoj\tj" +
  "yeoc\tjyeok\tjyeot\tjyeop\tjyeoh\tjye\tjyeg\tjyegg\tjyegs\tjyen\tjyenj\tjyenh\tjyed\tjyel\tjyelg\tjy" +
  "elm\tjyelb\tjyels\tjyelt\tjyelp\tjyelh\tjyem\tjyeb\tjyebs\tjyes\tjyess\tjyeng\tjyej\tjyec\tjyek\tjye" +
  "t\tjyep\tjyeh\tjo\tjog\tjogg\tjogs\tjon\tjonj\tjonh\tjod\tjol\tjolg\tjolm\tjolb\tjols\tjolt\tjolp\tj" +
  "olh\tjom\tjob\tjobs\tjos\tjoss\tjong\tjoj\tjoc\tjok\tjot\tjop\tjoh\tjwa\tjwag\tjwagg\tjwags\tjwan\tj" +
  "wanj\tjwanh\tjwad\tjwal\tjwalg\tjwalm\tjwalb\tjwals\tjwalt\tjwalp\tjwalh\tjwam\tjwab\tjwabs\tjwas\tj" +
  "wass\tjwang\tjwaj\tjwac\tjwak\tjwat\tjwap\tjwah\tjwae\tjwaeg\tjwaegg\tjwaegs\tjwaen\tjwaenj\tjwaenh" +
  "\tjwaed\tjwael\tjwaelg\tjwaelm\tjwaelb\tjwaels\tjwaelt\tjwaelp\tjwaelh\tjwaem\tjwaeb\tjwaebs\tjwaes" +
  "\tjwaess\tjwaeng\tjwaej\tjwaec\tjwaek\tjwaet\tjwaep\tjwaeh\tjoe\tjoeg\tjoegg\tjoegs\tjoen\tjoenj\tjo" +
  "enh\tjoed\tjoel\tjoelg\tjoelm\tjoelb\tjoels\tjoelt\tjoelp\tjoelh\tjoem\tjoeb\tjoebs\tjoes\tjoess\tjo" +
  "eng\tjoej\tjoec\tjoek\tjoet\tjoep\tjoeh\tjyo\tjyog\tjyogg\tjyogs\tjyon\tjyonj\tjyonh\tjyod\tjyol\tjy" +
  "olg\tjyolm\tjyolb\tjyols\tjyolt\tjyolp\tjyolh\tjyom\tjyob\tjyobs\tjyos\tjyoss\tjyong\tjyoj\tjyoc\tjy" +
  "ok\tjyot\tjyop\tjyoh\tju\tjug\tjugg\tjugs\tjun\tjunj\tjunh\tjud\tjul\tjulg\tjulm\tjulb\tjuls\tjult\t" +
  "julp\tjulh\tjum\tjub\tjubs\tjus\tjuss\tjung\tjuj\tjuc\tjuk\tjut\tjup\tjuh\tjweo\tjweog\tjweogg\tjweo" +
  "gs\tjweon\tjweonj\tjweonh\tjweod\tjweol\tjweolg\tjweolm\tjweolb\tjweols\tjweolt\tjweolp\tjweolh\tjwe" +
  "om\tjweob\tjweobs\tjweos\tjweoss\tjweong\tjweoj\tjweoc\tjweok\tjweot\tjweop\tjweoh\tjwe\tjweg\tjwegg" +
  "\tjwegs\tjwen\tjwenj\tjwenh\tjwed\tjwel\tjwelg\tjwelm\tjwelb\tjwels\tjwelt\tjwelp\tjwelh\tjwem\tjweb" +
  "\tjwebs\tjwes\tjwess\tjweng\tjwej\tjwec\tjwek\tjwet\tjwep\tjweh\tjwi\tjwig\tjwigg\tjwigs\tjwin\tjwin" +
  "j\tjwinh\tjwid\tjwil\tjwilg\tjwilm\tjwilb\tjwils\tjwilt\tjwilp\tjwilh\tjwim\tjwib\tjwibs\tjwis\tjwis" +
  "s\tjwing\tjwij\tjwic\tjwik\tjwit\tjwip\tjwih\tjyu\tjyug\tjyugg\tjyugs\tjyun\tjyunj\tjyunh\tjyud\tjyu" +
  "l\tjyulg\tjyulm\tjyulb\tjyuls\tjyult\tjyulp\tjyulh\tjyum\tjyub\tjyubs\tjyus\tjyuss\tjyung\tjyuj\tjyu" +
  "c\tjyuk\tjyut\tjyup\tjyuh\tjeu\tjeug\tjeugg\tjeugs\tjeun\tjeunj\tjeunh\tjeud\tjeul\tjeulg\tjeulm\tje" +
  "ulb\tjeuls\tjeult\tjeulp\tjeulh\tjeum\tjeub\tjeubs\tjeus\tjeuss\tjeung\tjeuj\tjeuc\tjeuk\tjeut\tjeup" +
  "\tjeuh\tjyi\tjyig\tjyigg\tjyigs\tjyin\tjyinj\tjyinh\tjyid\tjyil\tjyilg\tjyilm\tjyilb\tjyils\tjyilt\t" +
  "jyilp\tjyilh\tjyim\tjyib\tjyibs\tjyis\tjyiss\tjying\tjyij\tjyic\tjyik\tjyit\tjyip\tjyih\tji\tjig\tji" +
  "gg\tjigs\tjin\tjinj\tjinh\tjid\tjil\tjilg\tjilm\tjilb\tjils\tjilt\tjilp\tjilh\tjim\tjib\tjibs\tjis\t" +
  "jiss\tjing\tjij\tjic\tjik\tjit\tjip\tjih\tjja\tjjag\tjjagg\tjjags\tjjan\tjjanj\tjjanh\tjjad\tjjal\tj" +
  "jalg\tjjalm\tjjalb\tjjals\tjjalt\tjjalp\tjjalh\tjjam\tjjab\tjjabs\tjjas\tjjass\tjjang\tjjaj\tjjac\tj" +
  "jak\tjjat\tjjap\tjjah\tjjae\tjjaeg\tjjaegg\tjjaegs\tjjaen\tjjaenj\tjjaenh\tjjaed\tjjael\tjjaelg\tjja" +
  "elm\tjjaelb\tjjaels\tjjaelt\tjjaelp\tjjaelh\tjjaem\tjjaeb\tjjaebs\tjjaes\tjjaess\tjjaeng\tjjaej\tjja" +
  "ec\tjjaek\tjjaet\tjjaep\tjjaeh\tjjya\tjjyag\tjjyagg\tjjyags\tjjyan\tjjyanj\tjjyanh\tjjyad\tjjyal\tjj" +
  "yalg\tjjyalm\tjjyalb\tjjyals\tjjyalt\tjjyalp\tjjyalh\tjjyam\tjjyab\tjjyabs\tjjyas\tjjyass\tjjyang\tj" +
  "jyaj\tjjyac\tjjyak\tjjyat\tjjyap\tjjyah\tjjyae\tjjyaeg\tjjyaegg\tjjyaegs\tjjyaen\tjjyaenj\tjjyaenh\t" +
  "jjyaed\tjjyael\tjjyaelg\tjjyaelm\tjjyaelb\tjjyaels\tjjyaelt\tjjyaelp\tjjyaelh\tjjyaem\tjjyaeb\tjjyae" +
  "bs\tjjyaes\tjjyaess\tjjyaeng\tjjyaej\tjjyaec\tjjyaek\tjjyaet\tjjyaep\tjjyaeh\tjjeo\tjjeog\tjjeogg\tj" +
  "jeogs\tjjeon\tjjeonj\tjjeonh\tjjeod\tjjeol\tjjeolg\tjjeolm\tjjeolb\tjjeols\tjjeolt\tjjeolp\tjjeolh\t" +
  "jjeom\tjjeob\tjjeobs\tjjeos\tjjeoss\tjjeong\tjjeoj\tjjeoc\tjjeok\tjjeot\tjjeop\tjjeoh\tjje\tjjeg\tjj" +
  "egg\tjjegs\tjjen\tjjenj\tjjenh\tjjed\tjjel\tjjelg\tjjelm\tjjelb\tjjels\tjjelt\tjjelp\tjjelh\tjjem\tj" +
  "jeb\tjjebs\tjjes\tjjess\tjjeng\tjjej\tjjec\tjjek\tjjet\tjjep\tjjeh\tjjyeo\tjjyeog\tjjyeogg\tjjyeogs" +
  "\tjjyeon\tjjyeonj\tjjyeonh\tjjyeod\tjjyeol\tjjyeolg\tjjyeolm\tjjyeolb\tjjyeols\tjjyeolt\tjjyeolp\tjj" +
  "yeolh\tjjyeom\tjjyeob\tjjyeobs\tjjyeos\tjjyeoss\tjjyeong\tjjyeoj\tjjyeoc\tjjyeok\tjjyeot\tjjyeop\tjj" +
  "yeoh\tjjye\tjjyeg\tjjyegg\tjjyegs\tjjyen\tjjyenj\tjjyenh\tjjyed\tjjyel\tjjyelg\tjjyelm\tjjyelb\tjjye" +
  "ls\tjjyelt\tjjyelp\tjjyelh\tjjyem\tjjyeb\tjjyebs\tjjyes\tjjyess\tjjyeng\tjjyej\tjjyec\tjjyek\tjjyet" +
  "\tjjyep\tjjyeh\tjjo\tjjog\tjjogg\tjjogs\tjjon\tjjonj\tjjonh\tjjod\tjjol\tjjolg\tjjolm\tjjolb\tjjols" +
  "\tjjolt\tjjolp\tjjolh\tjjom\tjjob\tjjobs\tjjos\tjjoss\tjjong\tjjoj\tjjoc\tjjok\tjjot\tjjop\tjjoh\tjj" +
  "wa\tjjwag\tjjwagg\tjjwags\tjjwan\tjjwanj\tjjwanh\tjjwad\tjjwal\tjjwalg\tjjwalm\tjjwalb\tjjwals\tjjwa" +
  "lt\tjjwalp\tjjwalh\tjjwam\tjjwab\tjjwabs\tjjwas\tjjwass\tjjwang\tjjwaj\tjjwac\tjjwak\tjjwat\tjjwap\t" +
  "jjwah\tjjwae\tjjwaeg\tjjwaegg\tjjwaegs\tjjwaen\tjjwaenj\tjjwaenh\tjjwaed\tjjwael\tjjwaelg\tjjwaelm\t" +
  "jjwaelb\tjjwaels\tjjwaelt\tjjwaelp\tjjwaelh\tjjwaem\tjjwaeb\tjjwaebs\tjjwaes\tjjwaess\tjjwaeng\tjjwa" +
  "ej\tjjwaec\tjjwaek\tjjwaet\tjjwaep\tjjwaeh\tjjoe\tjjoeg\tjjoegg\tjjoegs\tjjoen\tjjoenj\tjjoenh\tjjoe" +
  "d\tjjoel\tjjoelg\tjjoelm\tjjoelb\tjjoels\tjjoelt\tjjoelp\tjjoelh\tjjoem\tjjoeb\tjjoebs\tjjoes\tjjoes" +
  "s\tjjoeng\tjjoej\tjjoec\tjjoek\tjjoet\tjjoep\tjjoeh\tjjyo\tjjyog\tjjyogg\tjjyogs\tjjyon\tjjyonj\tjjy" +
  "onh\tjjyod\tjjyol\tjjyolg\tjjyolm\tjjyolb\tjjyols\tjjyolt\tjjyolp\tjjyolh\tjjyom\tjjyob\tjjyobs\tjjy" +
  "os\tjjyoss\tjjyong\tjjyoj\tjjyoc\tjjyok\tjjyot\tjjyop\tjjyoh\tjju\tjjug\tjjugg\tjjugs\tjjun\tjjunj\t" +
  "jjunh\tjjud\tjjul\tjjulg\tjjulm\tjjulb\tjjuls\tjjult\tjjulp\tjjulh\tjjum\tjjub\tjjubs\tjjus\tjjuss\t" +
  "jjung\tjjuj\tjjuc\tjjuk\tjjut\tjjup\tjjuh\tjjweo\tjjweog\tjjweogg\tjjweogs\tjjweon\tjjweonj\tjjweonh" +
  "\tjjweod\tjjweol\tjjweolg\tjjweolm\tjjweolb\tjjweols\tjjweolt\tjjweolp\tjjweolh\tjjweom\tjjweob\tjjw" +
  "eobs\tjjweos\tjjweoss\tjjweong\tjjweoj\tjjweoc\tjjweok\tjjweot\tjjweop\tjjweoh\tjjwe\tjjweg\tjjwegg" +
  "\tjjwegs\tjjwen\tjjwenj\tjjwenh\tjjwed\tjjwel\tjjwelg\tjjwelm\tjjwelb\tjjwels\tjjwelt\tjjwelp\tjjwel" +
  "h\tjjwem\tjjweb\tjjwebs\tjjwes\tjjwess\tjjweng\tjjwej\tjjwec\tjjwek\tjjwet\tjjwep\tjjweh\tjjwi\tjjwi" +
  "g\tjjwigg\tjjwigs\tjjwin\tjjwinj\tjjwinh\tjjwid\tjjwil\tjjwilg\tjjwilm\tjjwilb\tjjwils\tjjwilt\tjjwi" +
  "lp\tjjwilh\tjjwim\tjjwib\tjjwibs\tjjwis\tjjwiss\tjjwing\tjjwij\tjjwic\tjjwik\tjjwit\tjjwip\tjjwih\tj" +
  "jyu\tjjyug\tjjyugg\tjjyugs\tjjyun\tjjyunj\tjjyunh\tjjyud\tjjyul\tjjyulg\tjjyulm\tjjyulb\tjjyuls\tjjy" +
  "ult\tjjyulp\tjjyulh\tjjyum\tjjyub\tjjyubs\tjjyus\tjjyuss\tjjyung\tjjyuj\tjjyuc\tjjyuk\tjjyut\tjjyup" +
  "\tjjyuh\tjjeu\tjjeug\tjjeugg\tjjeugs\tjjeun\tjjeunj\tjjeunh\tjjeud\tjjeul\tjjeulg\tjjeulm\tjjeulb\tj" +
  "jeuls\tjjeult\tjjeulp\tjjeulh\tjjeum\tjjeub\tjjeubs\tjjeus\tjjeuss\tjjeung\tjjeuj\tjjeuc\tjjeuk\tjje" +
  "ut\tjjeup\tjjeuh\tjjyi\tjjyig\tjjyigg\tjjyigs\tjjyin\tjjyinj\tjjyinh\tjjyid\tjjyil\tjjyilg\tjjyilm\t" +
  "jjyilb\tjjyils\tjjyilt\tjjyilp\tjjyilh\tjjyim\tjjyib\tjjyibs\tjjyis\tjjyiss\tjjying\tjjyij\tjjyic\tj" +
  "jyik\tjjyit\tjjyip\tjjyih\tjji\tjjig\tjjigg\tjjigs\tjjin\tjjinj\tjjinh\tjjid\tjjil\tjjilg\tjjilm\tjj" +
  "ilb\tjjils\tjjilt\tjjilp\tjjilh\tjjim\tjjib\tjjibs\tjjis\tjjiss\tjjing\tjjij\tjjic\tjjik\tjjit\tjjip" +
  "\tjjih\tca\tcag\tcagg\tcags\tcan\tcanj\tcanh\tcad\tcal\tcalg\tcalm\tcalb\tcals\tcalt\tcalp\tcalh\tca" +
  "m\tcab\tcabs\tcas\tcass\tcang\tcaj\tcac\tcak\tcat\tcap\tcah\tcae\tcaeg\tcaegg\tcaegs\tcaen\tcaenj\tc" +
  "aenh\tcaed\tcael\tcaelg\tcaelm\tcaelb\tcaels\tcaelt\tcaelp\tcaelh\tcaem\tcaeb\tcaebs\tcaes\tcaess\tc" +
  "aeng\tcaej\tcaec\tcaek\tcaet\tcaep\tcaeh\tcya\tcyag\tcyagg\tcyags\tcyan\tcyanj\tcyanh\tcyad\tcyal\tc" +
  "yalg\tcyalm\tcyalb\tcyals\tcyalt\tcyalp\tcyalh\tcyam\tcyab\tcyabs\tcyas\tcyass\tcyang\tcyaj\tcyac\tc" +
  "yak\tcyat\tcyap\tcyah\tcyae\tcyaeg\tcyaegg\tcyaegs\tcyaen\tcyaenj\tcyaenh\tcyaed\tcyael\tcyaelg\tcya" +
  "elm\tcyaelb\tcyaels\tcyaelt\tcyaelp\tcyaelh\tcyaem\tcyaeb\tcyaebs\tcyaes\tcyaess\tcyaeng\tcyaej\tcya" +
  "ec\tcyaek\tcyaet\tcyaep\tcyaeh\tceo\tceog\tceogg\tceogs\tceon\tceonj\tceonh\tceod\tceol\tceolg\tceol" +
  "m\tceolb\tceols\tceolt\tceolp\tceolh\tceom\tceob\tceobs\tceos\tceoss\tceong\tceoj\tceoc\tceok\tceot" +
  "\tceop\tceoh\tce\tceg\tcegg\tcegs\tcen\tcenj\tcenh\tced\tcel\tcelg\tcelm\tcelb\tcels\tcelt\tcelp\tce" +
  "lh\tcem\tceb\tcebs\tces\tcess\tceng\tcej\tcec\tcek\tcet\tcep\tceh\tcyeo\tcyeog\tcyeogg\tcyeogs\tcyeo" +
  "n\tcyeonj\tcyeonh\tcyeod\tcyeol\tcyeolg\tcyeolm\tcyeolb\tcyeols\tcyeolt\tcyeolp\tcyeolh\tcyeom\tcyeo" +
  "b\tcyeobs\tcyeos\tcyeoss\tcyeong\tcyeoj\tcyeoc\tcyeok\tcyeot\tcyeop\tcyeoh\tcye\tcyeg\tcyegg\tcyegs" +
  "\tcyen\tcyenj\tcyenh\tcyed\tcyel\tcyelg\tcyelm\tcyelb\tcyels\tcyelt\tcyelp\tcyelh\tcyem\tcyeb\tcyebs" +
  "\tcyes\tcyess\tcyeng\tcyej\tcyec\tcyek\tcyet\tcyep\tcyeh\tco\tcog\tcogg\tcogs\tcon\tconj\tconh\tcod" +
  "\tcol\tcolg\tcolm\tcolb\tcols\tcolt\tcolp\tcolh\tcom\tcob\tcobs\tcos\tcoss\tcong\tcoj\tcoc\tcok\tcot" +
  "\tcop\tcoh\tcwa\tcwag\tcwagg\tcwags\tcwan\tcwanj\tcwanh\tcwad\tcwal\tcwalg\tcwalm\tcwalb\tcwals\tcwa" +
  "lt\tcwalp\tcwalh\tcwam\tcwab\tcwabs\tcwas\tcwass\tcwang\tcwaj\tcwac\tcwak\tcwat\tcwap\tcwah\tcwae\tc" +
  "waeg\tcwaegg\tcwaegs\tcwaen\tcwaenj\tcwaenh\tcwaed\tcwael\tcwaelg\tcwaelm\tcwaelb\tcwaels\tcwaelt\tc" +
  "waelp\tcwaelh\tcwaem\tcwaeb\tcwaebs\tcwaes\tcwaess\tcwaeng\tcwaej\tcwaec\tcwaek\tcwaet\tcwaep\tcwaeh" +
  "\tcoe\tcoeg\tcoegg\tcoegs\tcoen\tcoenj\tcoenh\tcoed\tcoel\tcoelg\tcoelm\tcoelb\tcoels\tcoelt\tcoelp" +
  "\tcoelh\tcoem\tcoeb\tcoebs\tcoes\tcoess\tcoeng\tcoej\tcoec\tcoek\tcoet\tcoep\tcoeh\tcyo\tcyog\tcyogg" +
  "\tcyogs\tcyon\tcyonj\tcyonh\tcyod\tcyol\tcyolg\tcyolm\tcyolb\tcyols\tcyolt\tcyolp\tcyolh\tcyom\tcyob" +
  "\tcyobs\tcyos\tcyoss\tcyong\tcyoj\tcyoc\tcyok\tcyot\tcyop\tcyoh\tcu\tcug\tcugg\tcugs\tcun\tcunj\tcun" +
  "h\tcud\tcul\tculg\tculm\tculb\tculs\tcult\tculp\tculh\tcum\tcub\tcubs\tcus\tcuss\tcung\tcuj\tcuc\tcu" +
  "k\tcut\tcup\tcuh\tcweo\tcweog\tcweogg\tcweogs\tcweon\tcweonj\tcweonh\tcweod\tcweol\tcweolg\tcweolm\t" +
  "cweolb\tcweols\tcweolt\tcweolp\tcweolh\tcweom\tcweob\tcweobs\tcweos\tcweoss\tcweong\tcweoj\tcweoc\tc" +
  "weok\tcweot\tcweop\tcweoh\tcwe\tcweg\tcwegg\tcwegs\tcwen\tcwenj\tcwenh\tcwed\tcwel\tcwelg\tcwelm\tcw" +
  "elb\tcwels\tcwelt\tcwelp\tcwelh\tcwem\tcweb\tcwebs\tcwes\tcwess\tcweng\tcwej\tcwec\tcwek\tcwet\tcwep" +
  "\tcweh\tcwi\tcwig\tcwigg\tcwigs\tcwin\tcwinj\tcwinh\tcwid\tcwil\tcwilg\tcwilm\tcwilb\tcwils\tcwilt\t" +
  "cwilp\tcwilh\tcwim\tcwib\tcwibs\tcwis\tcwiss\tcwing\tcwij\tcwic\tcwik\tcwit\tcwip\tcwih\tcyu\tcyug\t" +
  "cyugg\tcyugs\tcyun\tcyunj\tcyunh\tcyud\tcyul\tcyulg\tcyulm\tcyulb\tcyuls\tcyult\tcyulp\tcyulh\tcyum" +
  "\tcyub\tcyubs\tcyus\tcyuss\tcyung\tcyuj\tcyuc\tcyuk\tcyut\tcyup\tcyuh\tceu\tceug\tceugg\tceugs\tceun" +
  "\tceunj\tceunh\tceud\tceul\tceulg\tceulm\tceulb\tceuls\tceult\tceulp\tceulh\tceum\tceub\tceubs\tceus" +
  "\tceuss\tceung\tceuj\tceuc\tceuk\tceut\tceup\tceuh\tcyi\tcyig\tcyigg\tcyigs\tcyin\tcyinj\tcyinh\tcyi" +
  "d\tcyil\tcyilg\tcyilm\tcyilb\tcyils\tcyilt\tcyilp\tcyilh\tcyim\tcyib\tcyibs\tcyis\tcyiss\tcying\tcyi" +
  "j\tcyic\tcyik\tcyit\tcyip\tcyih\tci\tcig\tcigg\tcigs\tcin\tcinj\tcinh\tcid\tcil\tcilg\tcilm\tcilb\tc" +
  "ils\tcilt\tcilp\tcilh\tcim\tcib\tcibs\tcis\tciss\tcing\tcij\tcic\tcik\tcit\tcip\tcih\tka\tkag\tkagg" +
  "\tkags\tkan\tkanj\tkanh\tkad\tkal\tkalg\tkalm\tkalb\tkals\tkalt\tkalp\tkalh\tkam\tkab\tkabs\tkas\tka" +
  "ss\tkang\tkaj\tkac\tkak\tkat\tkap\tkah\tkae\tkaeg\tkaegg\tkaegs\tkaen\tkaenj\tkaenh\tkaed\tkael\tkae" +
  "lg\tkaelm\tkaelb\tkaels\tkaelt\tkaelp\tkaelh\tkaem\tkaeb\tkaebs\tkaes\tkaess\tkaeng\tkaej\tkaec\tkae" +
  "k\tkaet\tkaep\tkaeh\tkya\tkyag\tkyagg\tkyags\tkyan\tkyanj\tkyanh\tkyad\tkyal\tkyalg\tkyalm\tkyalb\tk" +
  "yals\tkyalt\tkyalp\tkyalh\tkyam\tkyab\tkyabs\tkyas\tkyass\tkyang\tkyaj\tkyac\tkyak\tkyat\tkyap\tkyah" +
  "\tkyae\tkyaeg\tkyaegg\tkyaegs\tkyaen\tkyaenj\tkyaenh\tkyaed\tkyael\tkyaelg\tkyaelm\tkyaelb\tkyaels\t" +
  "kyaelt\tkyaelp\tkyaelh\tkyaem\tkyaeb\tkyaebs\tkyaes\tkyaess\tkyaeng\tkyaej\tkyaec\tkyaek\tkyaet\tkya" +
  "ep\tkyaeh\tkeo\tkeog\tkeogg\tkeogs\tkeon\tkeonj\tkeonh\tkeod\tkeol\tkeolg\tkeolm\tkeolb\tkeols\tkeol" +
  "t\tkeolp\tkeolh\tkeom\tkeob\tkeobs\tkeos\tkeoss\tkeong\tkeoj\tkeoc\tkeok\tkeot\tkeop\tkeoh\tke\tkeg" +
  "\tkegg\tkegs\tken\tkenj\tkenh\tked\tkel\tkelg\tkelm\tkelb\tkels\tkelt\tkelp\tkelh\tkem\tkeb\tkebs\tk" +
  "es\tkess\tkeng\tkej\tkec\tkek\tket\tkep\tkeh\tkyeo\tkyeog\tkyeogg\tkyeogs\tkyeon\tkyeonj\tkyeonh\tky" +
  "eod\tkyeol\tkyeolg\tkyeolm\tkyeolb\tkyeols\tkyeolt\tkyeolp\tkyeolh\tkyeom\tkyeob\tkyeobs\tkyeos\tkye" +
  "oss\tkyeong\tkyeoj\tkyeoc\tkyeok\tkyeot\tkyeop\tkyeoh\tkye\tkyeg\tkyegg\tkyegs\tkyen\tkyenj\tkyenh\t" +
  "kyed\tkyel\tkyelg\tkyelm\tkyelb\tkyels\tkyelt\tkyelp\tkyelh\tkyem\tkyeb\tkyebs\tkyes\tkyess\tkyeng\t" +
  "kyej\tkyec\tkyek\tkyet\tkyep\tkyeh\tko\tkog\tkogg\tkogs\tkon\tkonj\tkonh\tkod\tkol\tkolg\tkolm\tkolb" +
  "\tkols\tkolt\tkolp\tkolh\tkom\tkob\tkobs\tkos\tkoss\tkong\tkoj\tkoc\tkok\tkot\tkop\tkoh\tkwa\tkwag\t" +
  "kwagg\tkwags\tkwan\tkwanj\tkwanh\tkwad\tkwal\tkwalg\tkwalm\tkwalb\tkwals\tkwalt\tkwalp\tkwalh\tkwam" +
  "\tkwab\tkwabs\tkwas\tkwass\tkwang\tkwaj\tkwac\tkwak\tkwat\tkwap\tkwah\tkwae\tkwaeg\tkwaegg\tkwaegs\t" +
  "kwaen\tkwaenj\tkwaenh\tkwaed\tkwael\tkwaelg\tkwaelm\tkwaelb\tkwaels\tkwaelt\tkwaelp\tkwaelh\tkwaem\t" +
  "kwaeb\tkwaebs\tkwaes\tkwaess\tkwaeng\tkwaej\tkwaec\tkwaek\tkwaet\tkwaep\tkwaeh\tkoe\tkoeg\tkoegg\tko" +
  "egs\tkoen\tkoenj\tkoenh\tkoed\tkoel\tkoelg\tkoelm\tkoelb\tkoels\tkoelt\tkoelp\tkoelh\tkoem\tkoeb\tko" +
  "ebs\tkoes\tkoess\tkoeng\tkoej\tkoec\tkoek\tkoet\tkoep\tkoeh\tkyo\tkyog\tkyogg\tkyogs\tkyon\tkyonj\tk" +
  "yonh\tkyod\tkyol\tkyolg\tkyolm\tkyolb\tkyols\tkyolt\tkyolp\tkyolh\tkyom\tkyob\tkyobs\tkyos\tkyoss\tk" +
  "yong\tkyoj\tkyoc\tkyok\tkyot\tkyop\tkyoh\tku\tkug\tkugg\tkugs\tkun\tkunj\tkunh\tkud\tkul\tkulg\tkulm" +
  "\tkulb\tkuls\tkult\tkulp\tkulh\tkum\tkub\tkubs\tkus\tkuss\tkung\tkuj\tkuc\tkuk\tkut\tkup\tkuh\tkweo" +
  "\tkweog\tkweogg\tkweogs\tkweon\tkweonj\tkweonh\tkweod\tkweol\tkweolg\tkweolm\tkweolb\tkweols\tkweolt" +
  "\tkweolp\tkweolh\tkweom\tkweob\tkweobs\tkweos\tkweoss\tkweong\tkweoj\tkweoc\tkweok\tkweot\tkweop\tkw" +
  "eoh\tkwe\tkweg\tkwegg\tkwegs\tkwen\tkwenj\tkwenh\tkwed\tkwel\tkwelg\tkwelm\tkwelb\tkwels\tkwelt\tkwe" +
  "lp\tkwelh\tkwem\tkweb\tkwebs\tkwes\tkwess\tkweng\tkwej\tkwec\tkwek\tkwet\tkwep\tkweh\tkwi\tkwig\tkwi" +
  "gg\tkwigs\tkwin\tkwinj\tkwinh\tkwid\tkwil\tkwilg\tkwilm\tkwilb\tkwils\tkwilt\tkwilp\tkwilh\tkwim\tkw" +
  "ib\tkwibs\tkwis\tkwiss\tkwing\tkwij\tkwic\tkwik\tkwit\tkwip\tkwih\tkyu\tkyug\tkyugg\tkyugs\tkyun\tky" +
  "unj\tkyunh\tkyud\tkyul\tkyulg\tkyulm\tkyulb\tkyuls\tkyult\tkyulp\tkyulh\tkyum\tkyub\tkyubs\tkyus\tky" +
  "uss\tkyung\tkyuj\tkyuc\tkyuk\tkyut\tkyup\tkyuh\tkeu\tkeug\tkeugg\tkeugs\tkeun\tkeunj\tkeunh\tkeud\tk" +
  "eul\tkeulg\tkeulm\tkeulb\tkeuls\tkeult\tkeulp\tkeulh\tkeum\tkeub\tkeubs\tkeus\tkeuss\tkeung\tkeuj\tk" +
  "euc\tkeuk\tkeut\tkeup\tkeuh\tkyi\tkyig\tkyigg\tkyigs\tkyin\tkyinj\tkyinh\tkyid\tkyil\tkyilg\tkyilm\t" +
  "kyilb\tkyils\tkyilt\tkyilp\tkyilh\tkyim\tkyib\tkyibs\tkyis\tkyiss\tkying\tkyij\tkyic\tkyik\tkyit\tky" +
  "ip\tkyih\tki\tkig\tkigg\tkigs\tkin\tkinj\tkinh\tkid\tkil\tkilg\tkilm\tkilb\tkils\tkilt\tkilp\tkilh\t" +
  "kim\tkib\tkibs\tkis\tkiss\tking\tkij\tkic\tkik\tkit\tkip\tkih\tta\ttag\ttagg\ttags\ttan\ttanj\ttanh" +
  "\ttad\ttal\ttalg\ttalm\ttalb\ttals\ttalt\ttalp\ttalh\ttam\ttab\ttabs\ttas\ttass\ttang\ttaj\ttac\ttak" +
  "\ttat\ttap\ttah\ttae\ttaeg\ttaegg\ttaegs\ttaen\ttaenj\ttaenh\ttaed\ttael\ttaelg\ttaelm\ttaelb\ttaels" +
  "\ttaelt\ttaelp\ttaelh\ttaem\ttaeb\ttaebs\ttaes\ttaess\ttaeng\ttaej\ttaec\ttaek\ttaet\ttaep\ttaeh\tty" +
  "a\ttyag\ttyagg\ttyags\ttyan\ttyanj\ttyanh\ttyad\ttyal\ttyalg\ttyalm\ttyalb\ttyals\ttyalt\ttyalp\ttya" +
  "lh\ttyam\ttyab\ttyabs\ttyas\ttyass\ttyang\ttyaj\ttyac\ttyak\ttyat\ttyap\ttyah\ttyae\ttyaeg\ttyaegg\t" +
  "tyaegs\ttyaen\ttyaenj\ttyaenh\ttyaed\ttyael\ttyaelg\ttyaelm\ttyaelb\ttyaels\ttyaelt\ttyaelp\ttyaelh" +
  "\ttyaem\ttyaeb\ttyaebs\ttyaes\ttyaess\ttyaeng\ttyaej\ttyaec\ttyaek\ttyaet\ttyaep\ttyaeh\tteo\tteog\t" +
  "teogg\tteogs\tteon\tteonj\tteonh\tteod\tteol\tteolg\tteolm\tteolb\tteols\tteolt\tteolp\tteolh\tteom" +
  "\tteob\tteobs\tteos\tteoss\tteong\tteoj\tteoc\tteok\tteot\tteop\tteoh\tte\tteg\ttegg\ttegs\tten\tten" +
  "j\ttenh\tted\ttel\ttelg\ttelm\ttelb\ttels\ttelt\ttelp\ttelh\ttem\tteb\ttebs\ttes\ttess\tteng\ttej\tt" +
  "ec\ttek\ttet\ttep\tteh\ttyeo\ttyeog\ttyeogg\ttyeogs\ttyeon\ttyeonj\ttyeonh\ttyeod\ttyeol\ttyeolg\tty" +
  "eolm\ttyeolb\ttyeols\ttyeolt\ttyeolp\ttyeolh\ttyeom\ttyeob\ttyeobs\ttyeos\ttyeoss\ttyeong\ttyeoj\tty" +
  "eoc\ttyeok\ttyeot\ttyeop\ttyeoh\ttye\ttyeg\ttyegg\ttyegs\ttyen\ttyenj\ttyenh\ttyed\ttyel\ttyelg\ttye" +
  "lm\ttyelb\ttyels\ttyelt\ttyelp\ttyelh\ttyem\ttyeb\ttyebs\ttyes\ttyess\ttyeng\ttyej\ttyec\ttyek\ttyet" +
  "\ttyep\ttyeh\tto\ttog\ttogg\ttogs\tton\ttonj\ttonh\ttod\ttol\ttolg\ttolm\ttolb\ttols\ttolt\ttolp\tto" +
  "lh\ttom\ttob\ttobs\ttos\ttoss\ttong\ttoj\ttoc\ttok\ttot\ttop\ttoh\ttwa\ttwag\ttwagg\ttwags\ttwan\ttw" +
  "anj\ttwanh\ttwad\ttwal\ttwalg\ttwalm\ttwalb\ttwals\ttwalt\ttwalp\ttwalh\ttwam\ttwab\ttwabs\ttwas\ttw" +
  "ass\ttwang\ttwaj\ttwac\ttwak\ttwat\ttwap\ttwah\ttwae\ttwaeg\ttwaegg\ttwaegs\ttwaen\ttwaenj\ttwaenh\t" +
  "twaed\ttwael\ttwaelg\ttwaelm\ttwaelb\ttwaels\ttwaelt\ttwaelp\ttwaelh\ttwaem\ttwaeb\ttwaebs\ttwaes\tt" +
  "waess\ttwaeng\ttwaej\ttwaec\ttwaek\ttwaet\ttwaep\ttwaeh\ttoe\ttoeg\ttoegg\ttoegs\ttoen\ttoenj\ttoenh" +
  "\ttoed\ttoel\ttoelg\ttoelm\ttoelb\ttoels\ttoelt\ttoelp\ttoelh\ttoem\ttoeb\ttoebs\ttoes\ttoess\ttoeng" +
  "\ttoej\ttoec\ttoek\ttoet\ttoep\ttoeh\ttyo\ttyog\ttyogg\ttyogs\ttyon\ttyonj\ttyonh\ttyod\ttyol\ttyolg" +
  "\ttyolm\ttyolb\ttyols\ttyolt\ttyolp\ttyolh\ttyom\ttyob\ttyobs\ttyos\ttyoss\ttyong\ttyoj\ttyoc\ttyok" +
  "\ttyot\ttyop\ttyoh\ttu\ttug\ttugg\ttugs\ttun\ttunj\ttunh\ttud\ttul\ttulg\ttulm\ttulb\ttuls\ttult\ttu" +
  "lp\ttulh\ttum\ttub\ttubs\ttus\ttuss\ttung\ttuj\ttuc\ttuk\ttut\ttup\ttuh\ttweo\ttweog\ttweogg\ttweogs" +
  "\ttweon\ttweonj\ttweonh\ttweod\ttweol\ttweolg\ttweolm\ttweolb\ttweols\ttweolt\ttweolp\ttweolh\ttweom" +
  "\ttweob\ttweobs\ttweos\ttweoss\ttweong\ttweoj\ttweoc\ttweok\ttweot\ttweop\ttweoh\ttwe\ttweg\ttwegg\t" +
  "twegs\ttwen\ttwenj\ttwenh\ttwed\ttwel\ttwelg\ttwelm\ttwelb\ttwels\ttwelt\ttwelp\ttwelh\ttwem\ttweb\t" +
  "twebs\ttwes\ttwess\ttweng\ttwej\ttwec\ttwek\ttwet\ttwep\ttweh\ttwi\ttwig\ttwigg\ttwigs\ttwin\ttwinj" +
  "\ttwinh\ttwid\ttwil\ttwilg\ttwilm\ttwilb\ttwils\ttwilt\ttwilp\ttwilh\ttwim\ttwib\ttwibs\ttwis\ttwiss" +
  "\ttwing\ttwij\ttwic\ttwik\ttwit\ttwip\ttwih\ttyu\ttyug\ttyugg\ttyugs\ttyun\ttyunj\ttyunh\ttyud\ttyul" +
  "\ttyulg\ttyulm\ttyulb\ttyuls\ttyult\ttyulp\ttyulh\ttyum\ttyub\ttyubs\ttyus\ttyuss\ttyung\ttyuj\ttyuc" +
  "\ttyuk\ttyut\ttyup\ttyuh\tteu\tteug\tteugg\tteugs\tteun\tteunj\tteunh\tteud\tteul\tteulg\tteulm\tteu" +
  "lb\tteuls\tteult\tteulp\tteulh\tteum\tteub\tteubs\tteus\tteuss\tteung\tteuj\tteuc\tteuk\tteut\tteup" +
  "\tteuh\ttyi\ttyig\ttyigg\ttyigs\ttyin\ttyinj\ttyinh\ttyid\ttyil\ttyilg\ttyilm\ttyilb\ttyils\ttyilt\t" +
  "tyilp\ttyilh\ttyim\ttyib\ttyibs\ttyis\ttyiss\ttying\ttyij\ttyic\ttyik\ttyit\ttyip\ttyih\tti\ttig\tti" +
  "gg\ttigs\ttin\ttinj\ttinh\ttid\ttil\ttilg\ttilm\ttilb\ttils\ttilt\ttilp\ttilh\ttim\ttib\ttibs\ttis\t" +
  "tiss\tting\ttij\ttic\ttik\ttit\ttip\ttih\tpa\tpag\tpagg\tpags\tpan\tpanj\tpanh\tpad\tpal\tpalg\tpalm" +
  "\tpalb\tpals\tpalt\tpalp\tpalh\tpam\tpab\tpabs\tpas\tpass\tpang\tpaj\tpac\tpak\tpat\tpap\tpah\tpae\t" +
  "paeg\tpaegg\tpaegs\tpaen\tpaenj\tpaenh\tpaed\tpael\tpaelg\tpaelm\tpaelb\tpaels\tpaelt\tpaelp\tpaelh" +
  "\tpaem\tpaeb\tpaebs\tpaes\tpaess\tpaeng\tpaej\tpaec\tpaek\tpaet\tpaep\tpaeh\tpya\tpyag\tpyagg\tpyags" +
  "\tpyan\tpyanj\tpyanh\tpyad\tpyal\tpyalg\tpyalm\tpyalb\tpyals\tpyalt\tpyalp\tpyalh\tpyam\tpyab\tpyabs" +
  "\tpyas\tpyass\tpyang\tpyaj\tpyac\tpyak\tpyat\tpyap\tpyah\tpyae\tpyaeg\tpyaegg\tpyaegs\tpyaen\tpyaenj" +
  "\tpyaenh\tpyaed\tpyael\tpyaelg\tpyaelm\tpyaelb\tpyaels\tpyaelt\tpyaelp\tpyaelh\tpyaem\tpyaeb\tpyaebs" +
  "\tpyaes\tpyaess\tpyaeng\tpyaej\tpyaec\tpyaek\tpyaet\tpyaep\tpyaeh\tpeo\tpeog\tpeogg\tpeogs\tpeon\tpe" +
  "onj\tpeonh\tpeod\tpeol\tpeolg\tpeolm\tpeolb\tpeols\tpeolt\tpeolp\tpeolh\tpeom\tpeob\tpeobs\tpeos\tpe" +
  "oss\tpeong\tpeoj\tpeoc\tpeok\tpeot\tpeop\tpeoh\tpe\tpeg\tpegg\tpegs\tpen\tpenj\tpenh\tped\tpel\tpelg" +
  "\tpelm\tpelb\tpels\tpelt\tpelp\tpelh\tpem\tpeb\tpebs\tpes\tpess\tpeng\tpej\tpec\tpek\tpet\tpep\tpeh" +
  "\tpyeo\tpyeog\tpyeogg\tpyeogs\tpyeon\tpyeonj\tpyeonh\tpyeod\tpyeol\tpyeolg\tpyeolm\tpyeolb\tpyeols\t" +
  "pyeolt\tpyeolp\tpyeolh\tpyeom\tpyeob\tpyeobs\tpyeos\tpyeoss\tpyeong\tpyeoj\tpyeoc\tpyeok\tpyeot\tpye" +
  "op\tpyeoh\tpye\tpyeg\tpyegg\tpyegs\tpyen\tpyenj\tpyenh\tpyed\tpyel\tpyelg\tpyelm\tpyelb\tpyels\tpyel" +
  "t\tpyelp\tpyelh\tpyem\tpyeb\tpyebs\tpyes\tpyess\tpyeng\tpyej\tpyec\tpyek\tpyet\tpyep\tpyeh\tpo\tpog" +
  "\tpogg\tpogs\tpon\tponj\tponh\tpod\tpol\tpolg\tpolm\tpolb\tpols\tpolt\tpolp\tpolh\tpom\tpob\tpobs\tp" +
  "os\tposs\tpong\tpoj\tpoc\tpok\tpot\tpop\tpoh\tpwa\tpwag\tpwagg\tpwags\tpwan\tpwanj\tpwanh\tpwad\tpwa" +
  "l\tpwalg\tpwalm\tpwalb\tpwals\tpwalt\tpwalp\tpwalh\tpwam\tpwab\tpwabs\tpwas\tpwass\tpwang\tpwaj\tpwa" +
  "c\tpwak\tpwat\tpwap\tpwah\tpwae\tpwaeg\tpwaegg\tpwaegs\tpwaen\tpwaenj\tpwaenh\tpwaed\tpwael\tpwaelg" +
  "\tpwaelm\tpwaelb\tpwaels\tpwaelt\tpwaelp\tpwaelh\tpwaem\tpwaeb\tpwaebs\tpwaes\tpwaess\tpwaeng\tpwaej" +
  "\tpwaec\tpwaek\tpwaet\tpwaep\tpwaeh\tpoe\tpoeg\tpoegg\tpoegs\tpoen\tpoenj\tpoenh\tpoed\tpoel\tpoelg" +
  "\tpoelm\tpoelb\tpoels\tpoelt\tpoelp\tpoelh\tpoem\tpoeb\tpoebs\tpoes\tpoess\tpoeng\tpoej\tpoec\tpoek" +
  "\tpoet\tpoep\tpoeh\tpyo\tpyog\tpyogg\tpyogs\tpyon\tpyonj\tpyonh\tpyod\tpyol\tpyolg\tpyolm\tpyolb\tpy" +
  "ols\tpyolt\tpyolp\tpyolh\tpyom\tpyob\tpyobs\tpyos\tpyoss\tpyong\tpyoj\tpyoc\tpyok\tpyot\tpyop\tpyoh" +
  "\tpu\tpug\tpugg\tpugs\tpun\tpunj\tpunh\tpud\tpul\tpulg\tpulm\tpulb\tpuls\tpult\tpulp\tpulh\tpum\tpub" +
  "\tpubs\tpus\tpuss\tpung\tpuj\tpuc\tpuk\tput\tpup\tpuh\tpweo\tpweog\tpweogg\tpweogs\tpweon\tpweonj\tp" +
  "weonh\tpweod\tpweol\tpweolg\tpweolm\tpweolb\tpweols\tpweolt\tpweolp\tpweolh\tpweom\tpweob\tpweobs\tp" +
  "weos\tpweoss\tpweong\tpweoj\tpweoc\tpweok\tpweot\tpweop\tpweoh\tpwe\tpweg\tpwegg\tpwegs\tpwen\tpwenj" +
  "\tpwenh\tpwed\tpwel\tpwelg\tpwelm\tpwelb\tpwels\tpwelt\tpwelp\tpwelh\tpwem\tpweb\tpwebs\tpwes\tpwess" +
  "\tpweng\tpwej\tpwec\tpwek\tpwet\tpwep\tpweh\tpwi\tpwig\tpwigg\tpwigs\tpwin\tpwinj\tpwinh\tpwid\tpwil" +
  "\tpwilg\tpwilm\tpwilb\tpwils\tpwilt\tpwilp\tpwilh\tpwim\tpwib\tpwibs\tpwis\tpwiss\tpwing\tpwij\tpwic" +
  "\tpwik\tpwit\tpwip\tpwih\tpyu\tpyug\tpyugg\tpyugs\tpyun\tpyunj\tpyunh\tpyud\tpyul\tpyulg\tpyulm\tpyu" +
  "lb\tpyuls\tpyult\tpyulp\tpyulh\tpyum\tpyub\tpyubs\tpyus\tpyuss\tpyung\tpyuj\tpyuc\tpyuk\tpyut\tpyup" +
  "\tpyuh\tpeu\tpeug\tpeugg\tpeugs\tpeun\tpeunj\tpeunh\tpeud\tpeul\tpeulg\tpeulm\tpeulb\tpeuls\tpeult\t" +
  "peulp\tpeulh\tpeum\tpeub\tpeubs\tpeus\tpeuss\tpeung\tpeuj\tpeuc\tpeuk\tpeut\tpeup\tpeuh\tpyi\tpyig\t" +
  "pyigg\tpyigs\tpyin\tpyinj\tpyinh\tpyid\tpyil\tpyilg\tpyilm\tpyilb\tpyils\tpyilt\tpyilp\tpyilh\tpyim" +
  "\tpyib\tpyibs\tpyis\tpyiss\tpying\tpyij\tpyic\tpyik\tpyit\tpyip\tpyih\tpi\tpig\tpigg\tpigs\tpin\tpin" +
  "j\tpinh\tpid\tpil\tpilg\tpilm\tpilb\tpils\tpilt\tpilp\tpilh\tpim\tpib\tpibs\tpis\tpiss\tping\tpij\tp" +
  "ic\tpik\tpit\tpip\tpih\tha\thag\thagg\thags\than\thanj\thanh\thad\thal\thalg\thalm\thalb\thals\thalt" +
  "\thalp\thalh\tham\thab\thabs\thas\thass\thang\thaj\thac\thak\that\thap\thah\thae\thaeg\thaegg\thaegs" +
  "\thaen\thaenj\thaenh\thaed\thael\thaelg\thaelm\thaelb\thaels\thaelt\thaelp\thaelh\thaem\thaeb\thaebs" +
  "\thaes\thaess\thaeng\thaej\thaec\thaek\thaet\thaep\thaeh\thya\thyag\thyagg\thyags\thyan\thyanj\thyan" +
  "h\thyad\thyal\thyalg\thyalm\thyalb\thyals\thyalt\thyalp\thyalh\thyam\thyab\thyabs\thyas\thyass\thyan" +
  "g\thyaj\thyac\thyak\thyat\thyap\thyah\thyae\thyaeg\thyaegg\thyaegs\thyaen\thyaenj\thyaenh\thyaed\thy" +
  "ael\thyaelg\thyaelm\thyaelb\thyaels\thyaelt\thyaelp\thyaelh\thyaem\thyaeb\thyaebs\thyaes\thyaess\thy" +
  "aeng\thyaej\thyaec\thyaek\thyaet\thyaep\thyaeh\theo\theog\theogg\theogs\theon\theonj\theonh\theod\th" +
  "eol\theolg\theolm\theolb\theols\theolt\theolp\theolh\theom\theob\theobs\theos\theoss\theong\theoj\th" +
  "eoc\theok\theot\theop\theoh\the\theg\thegg\thegs\then\thenj\thenh\thed\thel\thelg\thelm\thelb\thels" +
  "\thelt\thelp\thelh\them\theb\thebs\thes\thess\theng\thej\thec\thek\thet\thep\theh\thyeo\thyeog\thyeo" +
  "gg\thyeogs\thyeon\thyeonj\thyeonh\thyeod\thyeol\thyeolg\thyeolm\thyeolb\thyeols\thyeolt\thyeolp\thye" +
  "olh\thyeom\thyeob\thyeobs\thyeos\thyeoss\thyeong\thyeoj\thyeoc\thyeok\thyeot\thyeop\thyeoh\thye\thye" +
  "g\thyegg\thyegs\thyen\thyenj\thyenh\thyed\thyel\thyelg\thyelm\thyelb\thyels\thyelt\thyelp\thyelh\thy" +
  "em\thyeb\thyebs\thyes\thyess\thyeng\thyej\thyec\thyek\thyet\thyep\thyeh\tho\thog\thogg\thogs\thon\th" +
  "onj\thonh\thod\thol\tholg\tholm\tholb\thols\tholt\tholp\tholh\thom\thob\thobs\thos\thoss\thong\thoj" +
  "\thoc\thok\thot\thop\thoh\thwa\thwag\thwagg\thwags\thwan\thwanj\thwanh\thwad\thwal\thwalg\thwalm\thw" +
  "alb\thwals\thwalt\thwalp\thwalh\thwam\thwab\thwabs\thwas\thwass\thwang\thwaj\thwac\thwak\thwat\thwap" +
  "\thwah\thwae\thwaeg\thwaegg\thwaegs\thwaen\thwaenj\thwaenh\thwaed\thwael\thwaelg\thwaelm\thwaelb\thw" +
  "aels\thwaelt\thwaelp\thwaelh\thwaem\thwaeb\thwaebs\thwaes\thwaess\thwaeng\thwaej\thwaec\thwaek\thwae" +
  "t\thwaep\thwaeh\thoe\thoeg\thoegg\thoegs\thoen\thoenj\thoenh\thoed\thoel\thoelg\thoelm\thoelb\thoels" +
  "\thoelt\thoelp\thoelh\thoem\thoeb\thoebs\thoes\thoess\thoeng\thoej\thoec\thoek\thoet\thoep\thoeh\thy" +
  "o\thyog\thyogg\thyogs\thyon\thyonj\thyonh\thyod\thyol\thyolg\thyolm\thyolb\thyols\thyolt\thyolp\thyo" +
  "lh\thyom\thyob\thyobs\thyos\thyoss\thyong\thyoj\thyoc\thyok\thyot\thyop\thyoh\thu\thug\thugg\thugs\t" +
  "hun\thunj\thunh\thud\thul\thulg\thulm\thulb\thuls\thult\thulp\thulh\thum\thub\thubs\thus\thuss\thung" +
  "\thuj\thuc\thuk\thut\thup\thuh\thweo\thweog\thweogg\thweogs\thweon\thweonj\thweonh\thweod\thweol\thw" +
  "eolg\thweolm\thweolb\thweols\thweolt\thweolp\thweolh\thweom\thweob\thweobs\thweos\thweoss\thweong\th" +
  "weoj\thweoc\thweok\thweot\thweop\thweoh\thwe\thweg\thwegg\thwegs\thwen\thwenj\thwenh\thwed\thwel\thw" +
  "elg\thwelm\thwelb\thwels\thwelt\thwelp\thwelh\thwem\thweb\thwebs\thwes\thwess\thweng\thwej\thwec\thw" +
  "ek\thwet\thwep\thweh\thwi\thwig\thwigg\thwigs\thwin\thwinj\thwinh\thwid\thwil\thwilg\thwilm\thwilb\t" +
  "hwils\thwilt\thwilp\thwilh\thwim\thwib\thwibs\thwis\thwiss\thwing\thwij\thwic\thwik\thwit\thwip\thwi" +
  "h\thyu\thyug\thyugg\thyugs\thyun\thyunj\thyunh\thyud\thyul\thyulg\thyulm\thyulb\thyuls\thyult\thyulp" +
  "\thyulh\thyum\thyub\thyubs\thyus\thyuss\thyung\thyuj\thyuc\thyuk\thyut\thyup\thyuh\theu\theug\theugg" +
  "\theugs\theun\theunj\theunh\theud\theul\theulg\theulm\theulb\theuls\theult\theulp\theulh\theum\theub" +
  "\theubs\theus\theuss\theung\theuj\theuc\theuk\theut\theup\theuh\thyi\thyig\thyigg\thyigs\thyin\thyin" +
  "j\thyinh\thyid\thyil\thyilg\thyilm\thyilb\thyils\thyilt\thyilp\thyilh\thyim\thyib\thyibs\thyis\thyis" +
  "s\thying\thyij\thyic\thyik\thyit\thyip\thyih\thi\thig\thigg\thigs\thin\thinj\thinh\thid\thil\thilg\t" +
  "hilm\thilb\thils\thilt\thilp\thilh\thim\thib\thibs\this\thiss\thing\thij\thic\thik\thit\thip\thih\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\toyeo\tooi\tyoa\tyoae\tyoeo\t" +
  "uyeo\tuii\tyuae\tyuo\teua\teueo\teue\teuo\tiyao\tiyae\tiyeo\tiye\tioi\tiyo\tiyu\tii\toa\toe\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tnl\tnch\ttt\tttb\tdb\tds\tdsg\tdj\tdch\tdt\tlkk\tlgh\tllk\tlmh\tlbd\tlbp\tlng\tlqh" +
  "\tlh\tmn\tmnn\tmm\tmbs\tmj\tbd\tblp\tbm\tpp\tbsd\tbj\tbch\tsm\tsv\tssg\tssd\tsz\tsj\tsch\tst\tsh\tzb" +
  "\tzv\tngm\tngh\tjb\tjpp\tjj\tps\tpt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tKay \tKayng \tKe \tKo \tKol \tKoc \tKw" +
  "i \tKwi \tKyun \tKul \tKum \tNa \tNa \tNa \tLa \tNa \tNa \tNa \tNa \tNa \tNak \tNak \tNak \tNak \tNa" +
  "k \tNak \tNak \tNan \tNan \tNan \tNan \tNan \tNan \tNam \tNam \tNam \tNam \tNap \tNap \tNap \tNang " +
  "\tNang \tNang \tNang \tNang \tNay \tNayng \tNo \tNo \tNo \tNo \tNo \tNo \tNo \tNo \tNo \tNo \tNo \tN" +
  "o \tNok \tNok \tNok \tNok \tNok \tNok \tNon \tNong \tNong \tNong \tNong \tNoy \tNoy \tNoy \tNoy \tNw" +
  "u \tNwu \tNwu \tNwu \tNwu \tNwu \tNwu \tNwu \tNuk \tNuk \tNum \tNung \tNung \tNung \tNung \tNung \tT" +
  "wu \tLa \tLak \tLak \tLan \tLyeng \tLo \tLyul \tLi \tPey \tPen \tPyen \tPwu \tPwul \tPi \tSak \tSak " +
  "\tSam \tSayk \tSayng \tSep \tSey \tSway \tSin \tSim \tSip \tYa \tYak \tYak \tYang \tYang \tYang \tYa" +
  "ng \tYang \tYang \tYang \tYang \tYe \tYe \tYe \tYe \tYe \tYe \tYe \tYe \tYe \tYe \tYe \tYek \tYek \t" +
  "Yek \tYek \tYen \tYen \tYen \tYen \tYen \tYen \tYen \tYen \tYen \tYen \tYen \tYen \tYen \tYen \tYel " +
  "\tYel \tYel \tYel \tYel \tYel \tYem \tYem \tYem \tYem \tYem \tYep \tYeng \tYeng \tYeng \tYeng \tYeng" +
  " \tYeng \tYeng \tYeng \tYeng \tYeng \tYeng \tYeng \tYeng \tYey \tYey \tYey \tYey \tO \tYo \tYo \tYo " +
  "\tYo \tYo \tYo \tYo \tYo \tYo \tYo \tYong \tWun \tWen \tYu \tYu \tYu \tYu \tYu \tYu \tYu \tYu \tYu " +
  "\tYu \tYuk \tYuk \tYuk \tYun \tYun \tYun \tYun \tYul \tYul \tYul \tYul \tYung \tI \tI \tI \tI \tI \t" +
  "I \tI \tI \tI \tI \tI \tI \tI \tI \tIk \tIk \tIn \tIn \tIn \tIn \tIn \tIn \tIn \tIm \tIm \tIm \tIp " +
  "\tIp \tIp \tCang \tCek \tCi \tCip \tCha \tChek \tChey \tThak \tThak \tThang \tThayk \tThong \tPho \t" +
  "Phok \tHang \tHang \tHyen \tHwak \tWu \tHuo \t\x7f\tCoc\tZhong \tKi\tQing \t\x7f\t\x7f\tXi \tZhu \tY" +
  "i \tLi \tShen \tXiang \tFu \tJing \tJing \tYu \t\x7f\tHagi \tSen\tZhu \t\x7f\tGap\tYi \tDu \t\x7f\t" +
  "\x7f\t\x7f\tFan \tSi \tGuan \tKaku\tNang\tYe\tWu\tSeng\tMian\tMian\tQin\tBei\tHe\tTan\tQi\tPing\tMo" +
  "\tCeng\tChe\tHui\tKai\tZeng\tCheng\tMin\tJi\tShu\tMei\tHai\tZhu\tHan\tZhu\tZhao\tZuo\tBei\tShe\tZhi" +
  "\tQi\tYou\tZu\tZhu\tHuo\tZhen\tGu\tTu\tJie\tLian\tJin\tFan\tShu\tZhe\tChou\tCao\tCao\tZhe\tHe\tShi\t" +
  "Ye\tJin\tBin\tZeng\tChuo\tYi\tNan\tXiang\tPin\tHui\tHei\tGuan\t\x7f\t\x7f\tBing\tKuang\tQuan\tXing\t" +
  "Chong\tJi\tYong\tShao\tHe\tTao\tHui\tWa\tZhong\tFen\tYan\tBen\tBi\tCi\tAo\tYi\tCai\tYao\tWang\tShen" +
  "\tYu\tZeng\tAo\tCheng\tDai\tYu\tSou\tBing\tAo\tQing\tLang\tWang\tZhang\tDai\tSha\tLiu\tYin\tZi\tHan" +
  "\tJing\tZhu\tQiao\tJue\tFan\tZhu\tZhen\tCi\tHua\tGuan\tWen\tYi\tSheng\tZhi\tJuan\tZhe\tTian\tTiao\tJ" +
  "ie\tLei\tTao\tLian\tPing\tZhe\tHuang\tHua\tYun\tQiang\tFu\tShi\tDiao\tZhu\tQing\tYe\tNuo\tYu\tJin\tB" +
  "ian\tZeng\tShu\tChi\tSou\tXing\tZhu\tNan\tJing\tBai\tXiang\tE\tPin\tZhen\tGui\t\t\t\tHe\tXie\tJie\t" +
  "\tQian\tBeng\tE\tPang\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tff\tfi\tfl\tffi\tffl\tst\tst\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tmn\tme\tmi\tvn\tmkh\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tyi\t\tay\t`\t'\td\th\tk\tl\tm\tm\tt\t+\tsh\ts\tsh\ts\ta\ta\t'\tb\tg\td\th\tv\tz\t\x7f\tt\ty" +
  "\tk\tk\tl\t\x7f\tl\t\x7f\tn\tn\t\x7f\tp\tp\t\x7f\tts\tts\tr\tsh\tt\tvo\tb\tk\tp\tl\t'\t'\tb\tb\tb\tb" +
  "\tp\tp\tp\tp\tbh\tbh\tbh\tbh\tth\tth\tth\tth\tth\tth\tth\tth\tt\tt\tt\tt\tv\tv\tv\tv\tph\tph\tph\tph" +
  "\tj\tj\tj\tj\tn\tn\tn\tn\tch\tch\tch\tch\tch\tch\tch\tch\tdh\tdh\tdh\tdh\tdh\tdh\td\td\tzh\tzh\tr\tr" +
  "\tk\tk\tk\tk\tg\tg\tg\tg\tg\tg\tg\tg\tn\tn\tn\tn\tn\tn\tn\tn\tn\tn\te\te\th\th\th\th\th\th\th\th\te" +
  "\te\te'\te'\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\tt\tt\t'\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tng\tng\tng\tng\tu\tu\to\to\tu\tu\tu\tv\t" +
  "v\to\to\tu\tu\te\te\te\te\ta\ta\ti'a\ti'a\ti'e\ti'e\ti'w\ti'w\ti'u\ti'u\ti'o\ti'o\ti'u\ti'u\ti'e\ti'" +
  "e\ti'e\ti'a\ti'a\ti'a\ty\ty\ty\ty\ti'j\ti'h\ti'm\ti'a\ti'y\tbj\tbh\tbkh\tbm\tba\tby\ttj\tth\ttkh\ttm" +
  "\tta\tty\tthj\tthm\ttha\tthy\tjh\tjm\thj\thm\tkhj\tkhh\tkhm\tsj\tsh\tskh\tsm\tsh\tsm\tdj\tdh\tdkh\td" +
  "m\tth\ttm\tdhm\t`j\t`m\tghj\tghm\tfj\tfh\tfkh\tfm\tfa\tfy\tqh\tqm\tqa\tqy\tka\tkj\tkh\tkkh\tkl\tkm\t" +
  "ka\tky\tlj\tlh\tlkh\tlm\tla\tly\tmj\tmh\tmkh\tmm\tma\tmy\tnj\tnh\tnkh\tnm\tna\tny\thj\thm\tha\thy\ty" +
  "j\tyh\tykh\tym\tya\tyy\tdha\tra\taa\tun-\tin-\ta-\tu-\ti-\t-a\ti'r\ti'z\ti'm\ti'n\ti'a\ti'y\tbr\tbz" +
  "\tbm\tbn\tba\tby\ttr\ttz\ttm\ttn\tta\tty\tthr\tthz\tthm\tthn\ttha\tthy\tfa\tfy\tqa\tqy\tka\tkl\tkm\t" +
  "ka\tky\tlm\tla\tly\tma\tmm\tnr\tnz\tnm\tnn\tna\tny\taa\tyr\tyz\tym\tyn\tya\tyy\ti'j\ti'h\ti'kh\ti'm" +
  "\ti'h\tbj\tbh\tbkh\tbm\tbh\ttj\tth\ttkh\ttm\tth\tthm\tjh\tjm\thj\thm\tkhj\tkhm\tsj\tsh\tskh\tsm\tsh" +
  "\tskh\tsm\tdj\tdh\tdkh\tdm\tth\tdhm\t`j\t`m\tghj\tghm\tfj\tfh\tfkh\tfm\tqh\tqm\tkj\tkh\tkkh\tkl\tkm" +
  "\tlj\tlh\tlkh\tlm\tlh\tmj\tmh\tmkh\tmm\tnj\tnh\tnkh\tnm\tnh\thj\thm\tha\tyj\tyh\tykh\tym\tyh\ti'm\ti" +
  "'h\tbm\tbh\ttm\tth\tthm\tthh\tsm\tsh\tshm\tshh\tkl\tkm\tlm\tnm\tnh\tym\tyh\ta-\tu-\ti-\tta\tty\t`a\t" +
  "`y\tgha\tghy\tsa\tsy\tsha\tshy\tha\thy\tja\tjy\tkha\tkhy\tsa\tsy\tda\tdy\tshj\tshh\tshkh\tshm\tshr\t" +
  "sr\tsr\tdr\tta\tty\t`a\t`y\tgha\tghy\tsa\tsy\tsha\tshy\tha\thy\tja\tjy\tkha\tkhy\tsa\tsy\tda\tdy\tsh" +
  "j\tshh\tshkh\tshm\tshr\tsr\tsr\tdr\tshj\tshh\tshkh\tshm\tsh\tshh\ttm\tsj\tsh\tskh\tshj\tshh\tshkh\tt" +
  "m\tdhm\taan\taan\t(\t)\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\ttjm\tthj\tthj\tthm\ttkhm\ttm" +
  "j\ttmh\ttmkh\tjmh\tjmh\thmy\thma\tshj\tsjh\tsja\tsmh\tsmh\tsmj\tsmm\tsmm\tshh\tshh\tsmm\tshhm\tshhm" +
  "\tshjy\tshmkh\tshmkh\tshmm\tshmm\tdha\tdkhm\tdkhm\ttmh\ttmh\ttmm\ttmy\t`jm\t`mm\t`mm\t`ma\tghmm\tghm" +
  "y\tghma\tfkhm\tfkhm\tqmh\tqmm\tlhm\tlhy\tlha\tljj\tljj\tlkhm\tlkhm\tlmh\tlmh\tmhj\tmhm\tmhy\tmjh\tmj" +
  "m\tmkhj\tmkhm\t\x7f\t\x7f\tmjkh\thmj\thmm\tnhm\tnha\tnjm\tnjm\tnja\tnmy\tnma\tymm\tymm\tbkhy\ttjy\tt" +
  "ja\ttkhy\ttkha\ttmy\ttma\tjmy\tjha\tjma\tskha\tshy\tshhy\tdhy\tljy\tlmy\tyhy\tyjy\tymy\tmmy\tqmy\tnh" +
  "y\tqmh\tlhm\t`my\tkmy\tnjh\tmkhy\tljm\tkmm\tljm\tnjh\tjhy\thjy\tmjy\tfmy\tbhy\tkmm\t`jm\tsmm\tskhy\t" +
  "njy\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t*\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t{Salla}\t{Qala}\tAllah\tAkbar\tMohammed\tSL`M\tRasul\t{A" +
  "layhi}\t{WaSallam}\t{Salla}\t{Salla Llahu Alayhi WaSallam}\t{Jalla Jalalahu}\tRial \t{Bismillah Ar-R" +
  "ahman Ar-Rahimi}\t*\t*\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t,\t,\t.\t:\t;\t!\t?\t[(\t)]\t...\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\t\t\t~\t\t\t\t\t\t\t\t\t\t\t\t\t..\t--\t-\t_\t_\t(\t) \t{\t} \t[\t] \t[(" +
  "\t)] \t<<\t>> \t<\t> \t[\t] \t{\t}\t'\t'\t[\t]\t-\t-\t-\t-\t_\t_\t_\t,\t,\t.\t\t;\t:\t?\t!\t-\t(\t)" +
  "\t{\t}\t{\t}\t#\t&\t*\t+\t-\t<\t>\t=\t\t\\\t$\t%\t@\t\x7f\t\x7f\t\x7f\t\x7f\tan\tan\tun\t_\tin\t\x7f" +
  "\ta\ta\tu\tu\ti\ti\t-\t-\t.\t.\t'\ta\ta\t'\t'\tu'\tu'\t'\t'\ti'\ti'\ti'\ti'\ta\ta\tb\tb\tb\tb\th\th" +
  "\tt\tt\tt\tt\tth\tth\tth\tth\tj\tj\tj\tj\th\th\th\th\tkh\tkh\tkh\tkh\td\td\tdh\tdh\tr\tr\tz\tz\ts\ts" +
  "\ts\ts\tsh\tsh\tsh\tsh\ts\ts\ts\ts\td\td\td\td\tt\tt\tt\tt\tdh\tdh\tdh\tdh\t`\t`\t`\t`\tgh\tgh\tgh\t" +
  "gh\tf\tf\tf\tf\tq\tq\tq\tq\tk\tk\tk\tk\tl\tl\tl\tl\tm\tm\tm\tm\tn\tn\tn\tn\th\th\th\th\tw\tw\ta\ta\t" +
  "y\ty\ty\ty\tla\tla\tl'\tl'\tl'\tl'\tla\tla\t\x7f\t\x7f\t\t\x7f\t!\t\"\t#\t$\t%\t&\t'\t(\t)\t*\t+\t," +
  "\t-\t.\t/\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t:\t;\t<\t=\t>\t?\t@\tA\tB\tC\tD\tE\tF\tG\tH\tI\tJ\tK\tL\tM" +
  "\tN\tO\tP\tQ\tR\tS\tT\tU\tV\tW\tX\tY\tZ\t[\t\\\t]\t^\t_\t`\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn" +
  "\to\tp\tq\tr\ts\tt\tu\tv\tw\tx\ty\tz\t{\t|\t}\t~\t(\t)\t.\t[\t]\t,\t*\two\ta\ti\tu\te\to\tya\tyu\tyo" +
  "\ttu\t+\ta\ti\tu\te\to\tka\tki\tku\tke\tko\tsa\tsi\tsu\tse\tso\tta\tti\ttu\tte\tto\tna\tni\tnu\tne\t" +
  "no\tha\thi\thu\the\tho\tma\tmi\tmu\tme\tmo\tya\tyu\tyo\tra\tri\tru\tre\tro\twa\tn\t:\t;\t\tg\tgg\tgs" +
  "\tn\tnj\tnh\td\tdd\tr\tlg\tlm\tlb\tls\tlt\tlp\trh\tm\tb\tbb\tbs\ts\tss\t\tj\tjj\tc\tk\tt\tp\th\t\x7f" +
  "\t\x7f\t\x7f\ta\tae\tya\tyae\teo\te\t\x7f\t\x7f\tyeo\tye\to\twa\twae\toe\t\x7f\t\x7f\tyo\tu\tweo\twe" +
  "\twi\tyu\t\x7f\t\x7f\teu\tyi\ti\t\x7f\t\x7f\t\x7f\t/C\tPS\t!\t-\t|\tY=\tW=\t\x7f\t|\t-\t|\t-\t|\t#\t" +
  "O\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t{\t|\t}\t?\t?\t\t\x7f\ta\te\ti\to\tu" +
  "\tda\tde\tdi\tdo\tdu\tja\tje\t\x7f\tjo\tju\tka\tke\tki\tko\tku\tma\tme\tmi\tmo\tmu\tna\tne\tni\tno\t" +
  "nu\tpa\tpe\tpi\tpo\tpu\tqa\tqe\tqi\tqo\t\x7f\tra\tre\tri\tro\tru\tsa\tse\tsi\tso\tsu\tta\tte\tti\tto" +
  "\ttu\twa\twe\twi\two\t\x7f\tza\tze\t\x7f\tzo\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t,\t.\t*\t\x7f\t\x7f\t\x7f\t\x7f\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t20\t30\t40\t50\t60\t70\t80\t" +
  "90\t100\t200\t300\t400\t500\t600\t700\t800\t900\t1000\t2000\t3000\t4000\t5000\t6000\t7000\t8000\t900" +
  "0\t10000\t20000\t30000\t40000\t50000\t60000\t70000\t80000\t90000\t\x7f\t\x7f\t\x7f\t*\t*\t#\t*\t*\t*" +
  "\t*\t*\t*\t1/4\t1/2\t1\t5\t50\t500\t5000\t50000\t5\t10\t50\t100\t500\t1000\t5000\t5\t10\t50\t100\t50" +
  "0\t1000\t10000\t50000\t10\t1\t1\t1\t2\t2\t2\t2\t5\t10\t10\t10\t10\t10\t30\t50\t50\t50\t50\t100\t300" +
  "\t500\t500\t500\t500\t500\t1000\t5000\t5\t50\t1/2\t1/2\t2/3\t3/4\ty\tt\t<\t1\t2\t3\t4\t5\tm\tK\tl\tG" +
  "o\tx\ta\ta\tGr\tt\t0\t1/4\ty\tI\tNo\t\x7f\t=\t-\tS\tS\tS\t))\tX\tV\tIIS\tII\t|\t>\t*\t\x7f\t\x7f\t" +
  "\x7f\tTR.\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t01\t" +
  "02\t03\t04\t05\t06\t07\t08\t09\t10\t11\t12\t13\t14\t15\t16\t17\t18\t19\t20\t21\t22\t23\t24\t25\t26\t" +
  "27\t28\t29\t30\t31\t32\t33\t34\t35\t36\t37\t38\t39\t40\t41\t42\t43\t44\t45\t46\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\te\tb\tb\tg\td\ti\tw\tz\tth\ty" +
  "\tk\tq\tl\tm\tn\tm\tn\tu\tp\tk\tr\ts\tt\tt\ta\te\th\tx\t\x7f\t\x7f\t\x7f\ta\tp\td\tl\ty\tr\tl\ta\tq" +
  "\tb\tm\to\td\tt\tsh\tsh\ts\t?\tu\tn\tk\tn\tt\tp\ts\ti\te\ty\tk\tk\td\tw\tg\tg\tz\tz\tng\tj\t?\tt\ty" +
  "\tr\tb\tb\tb\tb\tl\te\ty\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tk\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t20\t30\t40\t50\t60\t70\t80\t90\t100\t200\t300\t4" +
  "00\t500\t600\t700\t800\t900\t\x7f\t\x7f\t\x7f\t\x7f\ta\tb\tc\td\te\tv\tz\th\tth\ti\tk\tl\tm\tn\ts\to" +
  "\tp\ts\tq\tr\ts\tt\tu\tx\tph\tch\tf\tr\tc\ti\tu\ts\tI\tV\tX\tL\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tj\tt'\tt'\ta\tb\tg\td\te\tq\tz\th\tth\ti\tk\tl\tm\tn\tj\tu\tp\t90\tr\ts\tt\tw\tf\t" +
  "x\thw\to\t900\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\tb\tg\td\te\tzh\tdzh\tz\tdz\ti\tk\tl\tm\tn\to\tp\tr\t" +
  "s\tt\tu\tc\tsh\tshc\ty\ty\to\to\tf\th\tc\tv\t''\t'\te\tie\tju\tja\tia\ta\td\tz\tn\ts\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\ta\tb\tg\th\td\th\tw\tz\th\tt\ty\tk\tsh\tl\tm\td\tn\tz\ts\t`\tp\ts\tq\tr\tt\tg\tt\t" +
  "i\tu\ts\t\x7f\t|\ta\ti\tu\tka\tku\tga\tgu\txa\tca\tja\tji\tta\ttu\tda\tdi\tdu\ttha\tpa\tba\tfa\tna\t" +
  "nu\tma\tmi\tmu\tya\tva\tvi\tra\tru\tla\tsa\tza\tsha\tsra\tha\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tAM" +
  "HA\tXS\t\x7f\t\x7f\tBG\tBU\t_\t1\t2\t10\t20\t100\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tE\tA\tA\tO\tO\tU\tI\tE\tA\tO\tU\tU\tI\tAw\tW\tY\tH\tP\tB\tT\tD\tCh\tJ\tK\tG\tF\tV\tTh\tDh\tS\t" +
  "Z\tSh\tZh\tR\tL\tM\tN\tNg\tOy\tYu\te\ta\ta\to\to\tu\ti\te\ta\to\tu\tu\ti\taw\tw\ty\th\tp\tb\tt\td\tc" +
  "h\tj\tk\tg\tf\tv\tth\tdh\ts\tz\tsh\tzh\tr\tl\tm\tn\tng\toy\tyu\tp\tt\tk\tf\tth\ts\tsh\tch\ty\tng\tb" +
  "\td\tg\tv\tdh\tz\tzh\tj\tw\th\tl\tm\ti\te\ta\t'\to\tu\tau\taa\tr\tn\tii\tei\tai\tu\tou\tuu\toi\too\t" +
  "ar\tor\ter\tur\t'r\tir\ti'\tyuu\t'\tb\tt\tj\tx\tkh\td\tr\ts\tsh\tdh\tc\tg\tf\tq\tk\tl\tm\tn\tw\th\ty" +
  "\ta\te\ti\to\tu\taa\tee\too\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tA\tAi\tAi\tE\tBr\tCh\tHch\tE\tEi\tH\tHy\tI\tK\tHk\tKy\tL\tM\tN\tO\tOi\tP\tHp\tS\tSh\tT\tHt\t" +
  "C\tHc\tCh\tD\tU\tW\tX\tG\tZ\tZh\t\x7f\t\x7f\t\x7f\t\x7f\ta\tai\tai\te\tbr\tch\thch\te\tei\th\thy\ti" +
  "\tk\thk\tky\tl\tm\tn\to\toi\tp\thp\ts\tsh\tt\tht\tc\thc\tch\td\tu\tw\tx\tg\tz\tzh\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\ta\tb\tc\tch\td\tnd\tdh\te\te\tf\tg\tgj\th\ti\tj\tk\tl\tll\tm\tn\tn\tnj\to\tp\tq\tr\trr\ts\ts" +
  "h\tt\tth\tu\tv\tx\ty\tz\tzh\tgh\tgh\tkh\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\tb\tg\td" +
  "\te\tz\te\tz\tt\tc\ty\tz\ti\t`\tl\tn'\tx\td'\tc\tj\tk\tl'\th\tx\ta\tc\tc\tc'\tm\tq\tn\tj'\ts\tj\to\t" +
  "t'\tf\tj\tc\tp\tg\tr\ts\tv\tt\ts\tu\tc'\tc\tw\tp\tk\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t*\tA\tB\tB\tC\tCh\tD\tDh\tE\tE\tF\tG\t\x7f\tH\tH\tI\tIj\tJ\tK\tL\tLl\tM\tN\tNj\t" +
  "O\tP\tQ\tR\t\x7f\tS\tSh\tT\tTh\tU\tV\tX\t\x7f\tY\tZ\t\x7f\ta\tb\tb\tc\tch\td\tdh\te\te\tf\tg\t\x7f\t" +
  "h\th\ti\tij\tj\tk\tl\tll\tm\tn\tnj\to\tp\tq\tr\t\x7f\ts\tsh\tt\tth\tu\tv\tx\t\x7f\ty\tz\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\taa\t:\t-\tae\tb\tb\t\x7f\tdz\tdz\tdz\tdzh\td\td\td\te\to\tfng\tu\tg\tg\tg\th" +
  "\th\th\tj\tls\tlz\tl\tl\tl\tlzh\tlzh\ty\ty\to\toe\tu\tq\tr\tr\tr\tr\tr\ttc\tts\tts\ttsh\tt\tv\t\x7f" +
  "\ty\t'\t`\tpc\tc\tx\tqc\tq\ts\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\te\ti\to\tu\tja\t\x7f\t\x7f\tjo\t\x7f\tka\tke\tk" +
  "i\tko\tku\tla\tle\tli\tlo\tlu\tma\tme\tmi\tmo\tmu\tna\tne\tni\tno\tnu\tpa\tpe\tpi\tpo\tpu\tra\tre\tr" +
  "i\tro\tru\tsa\tse\tsi\tso\tsu\tta\tte\tti\tto\ttu\twa\twe\twi\two\t\x7f\txa\txe\t\x7f\t\x7f\t\x7f\tz" +
  "a\t\x7f\t\x7f\tzo\t'\tb\tg\td\th\tw\tz\th\tt\ty\tk\tl\tm\tn\ts\t`\tp\ts\tq\tr\tsh\tt\t\x7f\t+\t1\t2" +
  "\t3\t10\t20\t100\t1000\t10000\t'\tb\tg\td\th\tw\tz\th\tt\ty\tk\tl\tm\tn\tn\ts\t`\tp\ts\tq\tr\tsh\tt" +
  "\t<\t>\t1\t2\t3\t4\t5\t10\t20\t'\t'\tb\tb\tg\td\th\th\tw\tz\th\tt\ty\ty\tk\tk\tl\tl\tm\tm\tn\tn\ts\t" +
  "`\tp\ts\tq\tr\tsh\tsh\tt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t1\t2\t3\t4\t4\t5\t10\t20\t" +
  "100\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t'\tb" +
  "\tg\td\th\tw\tz\th\tt\ty\tk\tl\tm\tn\ts\t`\tp\ts\tq\t\x7f\tsh\tt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t1\t5" +
  "\t10\t20\t100\t'\tb\tg\td\th\tw\tz\th\tt\ty\tk\tl\tm\tn\ts\t`\tp\ts\tq\tr\tsh\tt\t1\t10\t20\t100\t2" +
  "\t3\t\x7f\t\x7f\t\x7f\t \ta\tb\tg\td\te\tv\ti\ty\tk\tl\tm\tn\to\tr\ts\tt\tu\tf\tq\ts\tt\ta\te\tl\tn" +
  "\tc\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t^\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\ta\te\ti\to\ty\tw\tb\tb\tp\tm\tn\tn\tne\tne\tr\tr\tl\tx\th\ts\ts\tse\tk\tq" +
  "\tt\tt\tte\tte\tto\td\t*\t+\ta\te\ti\to\ty\tw\tb\tp\tm\tn\tne\tr\tl\tx\th\ts\ts\tse\tk\tq\tt\tte\tto" +
  "\td\t\x7f\t\x7f\t\x7f\t\x7f\t11\t.5\tRMT\tIMN\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t20\t30\t40\t50\t60\t70" +
  "\t\x7f\t\x7f\t100\t200\t300\t400\t500\t600\t700\t800\t900\t1000\t2000\t3000\t4000\t5000\t6000\t7000" +
  "\t8000\t9000\t10000\t20000\t30000\t40000\t50000\t60000\t70000\t80000\t90000\t100000\t200000\t300000" +
  "\t400000\t500000\t600000\t700000\t800000\t900000\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\ta\ti\tu\tr\t\x7f\te" +
  "\to\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\t\tm\th\tk\tkh\tg\tgh\t\x7f\tc\tch\tj\t\x7f\tn\tt\tth\td\tdh\tn" +
  "\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\ty\tr\tl\tv\ts\ts\ts\tz\th\tk\tth\tt\tvh\t\x7f\t\x7f\t'\t'\t\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\t1\t2\t3\t4\t10\t20\t100\t1000\t.5\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t,\t.\t*\t#\t+\t@\t,\t.\t~\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\th\tl\th\tm\tq\tw\ts\tr\tb" +
  "\tt\ts\tk\tn\th\ts\ts\tf\t'\t`\td\tg\td\tg\tt\tz\td\ty\tt\tz\t|\t50\t#\th\tl\th\tm\tq\tw\ts\tr\tb\tt" +
  "\ts\tk\tn\th\ts\ts\tf\t'\t`\td\tg\td\tg\tt\tz\td\ty\tt\tz\t|\t10\t20\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t'\tb\tbh\tg\tgh\td\th\tw\tw\tz\tzh\tj" +
  "\tjh\th\tt\ty\tk\tk\tkh\tl\tdh\tth\tm\tn\ts\t`\t`\tp\tf\tc\tq\tq\tqh\tr\tsh\tsh\tt\t\t\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t1\t5\t10\t20\t100\t+\t#\t;\t,\t.\t_\t*\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\ta\ta\ta\ta\ta\ta\te\te\te\te\to\to\ti\ti\tu\tu\tk\tx\tx\txv\tg\tg\tgh\tc\tj\tt\tth\td\tdh\tt\t" +
  "p\tf\tb\tbh\tng\tng\tngv\tn\tn\tn\tm\tm\ty\ty\tv\tr\tl\ts\tz\tsh\tzh\tsh\tsh\th\t\x7f\t\x7f\t\x7f\t." +
  "\t_\t;\t.\t.\t*\t*\t'\tb\tg\td\th\tw\tz\th\tt\ty\tk\tl\tm\tn\ts\t`\tp\ts\tq\tr\tsh\tt\t\x7f\t\x7f\t1" +
  "\t2\t3\t4\t10\t20\t100\t1000\t'\tb\tg\td\th\tw\tz\th\tt\ty\tk\tl\tm\tn\ts\tp\ts\tsh\tt\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t1\t2\t3\t4\t10\t20\t100\t1000\t'\tb\tg\td\th\tw\tz\th\ty\tk\tl\tm\tn\ts\tp\ts\tsh" +
  "\tt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t*\t*\t+\t+\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t1\t2\t3\t4\t10\t20\t100\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ta\ta\ti\ti\te\to\to\to\tb\tb\tb\tb\tg\tg\tg\tg\td\td\td" +
  "\tz\tz\ty\ty\ty\ty\tk\tk\tk\tk\tl\tl\tl\tlt\tm\tn\tn\tn\tnt\tnt\tnc\tnc\tny\tny\tng\tng\tng\tp\tp\tc" +
  "\tc\tc\tq\tq\tq\tq\tq\tq\tr\tr\tr\ts\ts\tsh\tsh\tsh\tsh\tt\tt\tt\tt\tot\tbash\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\tA\tA\tB\tMb\tC\tNc\tCs\tD\tNd\tE\tE\tE\tF\tG\tGy\tH\tI\tI\tJ\tK\tK\tNk\tL\tLy\tM\tN\tN" +
  "y\tO\tO\tO\tO\tO\tP\tMp\tR\tR\tS\tSz\tT\tNt\tTy\tCh\tU\tU\tU\tU\tV\tZ\tZs\tTprus\tS\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ta\tb\tmb\tc\tnc\tcs\td\tnd\te\t" +
  "e\te\tf\tg\tgy\th\ti\ti\tj\tk\tk\tnk\tl\tly\tm\tn\tny\to\to\to\to\to\tp\tmp\tr\tr\ts\tsz\tt\tnt\tty" +
  "\tch\tu\tu\tu\tu\tv\tz\tzs\ttprus\ts\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t1\t5\t10\t50\t100\t1" +
  "000\t\x7f\tb\tp\tt\tt\tj\tch\th\tkh\tf\td\td\tr\tr\tz\ts\tsh\tk\tg\tl\tm\tn\tw\tu\ty\ti\tng\tny\tv\t" +
  "a\ti\tu\te\to\t\x7f\tm\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1" +
  "\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t20\t30\t40\t50\t60\t70\t80\t90\t100\t200\t300\t400\t500\t600" +
  "\t700\t800\t900\t1/2\t1/4\t1/3\t2/3\t\x7f\ta\tb\tp\tp'\tt'\ts\tc\tch\tch'\th'\tx\td\tz\tr\tr'\tz\tj" +
  "\ts\tsh\ts\td\tt\tz'\t'\tx'\tf\tv\tv\tq\tk\tk'\tg\tl\tm\tn\tu\tw\to\te\th\ty\te\t\x7f\t\x7f\t\x7f\t-" +
  "\t\x7f\t\x7f\tll\te\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t'\t'\tb" +
  "\tb\tg\th\th\tw\tz\th\ty\tk\tl\tm\tn\tn\tn\ts\t`\t`\tp\ts\ts\ts\tr\tsh\tt\tt\tt\t1\t2\t3\t4\t5\t10\t" +
  "20\t30\t100\t.5\t`d\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t'\tb\tg\th\tw\tz\th\ty\tk\tl\tm" +
  "\tn\ts\t`\tp\ts\tr\tsh\tt\tf\tl\tsh\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t1\t10\t20\t100\t,\t.\t*\t**\t<\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t'\tb\tg\tw\tz\tx\ty\tk\td\tm" +
  "\tn\ts\tp\tc\tr\tsh\tt\tl\t\x7f\t\x7f\t\x7f\t\x7f\t,\t.\t;\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t'\t-" +
  "'\tb\tg\td\th\tw\t-w\tz\th\ty\tk\tl\tm\tn\ts\t`\tp\tr\tsh\tt\t1\t2\t3\t4\t10\t20\t100\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t'\tb\tg\td\th\tw\tz\th\tt\ty\tk\tl\tm\tn\ts\t`\tp\ts\tq\tr\tsh\tt\tzy\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tm\tm\th\th\th\ta\ta\ti\ti\tu\tu\tr\tr\tl\tl\te\tai\to\tau\tk\tkh" +
  "\tg\tgh\tn\tc\tch\tj\tjh\tn\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\ty\tr\tl\tv\ts\ts\ts" +
  "\th\tl\tl\tr\tn\ta\ta\ti\ti\tu\tu\tr\tr\tl\tl\te\tai\to\tau\t\t,\t.\t.\t_\t-\t+\t*\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t20\t30\t40\t50\t60\t70\t80\t90\t100\t1000\t0\t1\t2\t3\t4\t5\t" +
  "6\t7\t8\t9\t\x7f\te\to\te\to\tl\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t*\tm\tm\th\ta" +
  "\ta\ti\ti\tu\tu\te\tai\to\tau\tk\tkh\tg\tgh\tn\tc\tch\tj\tjh\tn\tt\tth\td\tr\tdh\trh\tn\tt\tth\td\td" +
  "h\tn\tp\tph\tb\tbh\tm\ty\tr\tl\tv\ts\ts\ts\th\ta\ti\ti\tu\tu\te\tai\to\tau\t\t'\t.\t#\t#\t,\t.\t,\t." +
  "\tr\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t#\t\x7f\t\x7f\ts\tt\tb\tc\td\tg\tm" +
  "\tn\tl\tn\tv\tp\ty\tr\th\tk\tj\tn\ta\te\ti\tu\to\te\tx\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0" +
  "\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tm\tm\th\ta\ti\tu\te\tk\tkh\tg\tgh\t" +
  "n\tc\tch\tj\tjh\tn\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\ty\ty\tr\tl\tw\ts\th\ta\ti\ti" +
  "\tu\tu\te\tai\to\tau\toi\to\tau\t\t\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t*\t,\t.\t?\tlh\ta\tei\tv\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ti\tu\te\to\tk\tkh\tg\tgh\tc\tch\tj\tjh\tn\tt\tth" +
  "\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\tr\tl\tv\ts\th\tr\t'\t.\t*\tSri\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tm\tm\th\ta\ta\ti\ti\tu\tu\tr\tr\tl\tl\te\tai\to\tau\tk\tkh\tg\tgh\tn" +
  "\tc\tch\tj\tjh\tn\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\ty\tr\tl\tl\tv\ts\ts\ts\th\ta\t" +
  "i\ti\tu\tu\tr\tr\tl\tl\te\tai\to\tau\t \t'\th\th\tOm\t,\t.\t.\t \t_\t'\t\t\t*\te\tm\t0\t1\t2\t3\t4\t" +
  "5\t6\t7\t8\t9\t\x7f\t*\t-\t-\t~\t^\t\x7f\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t20\t30\t40\t50\t60\t70\t80" +
  "\t90\t100\t1000\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ta\ti\tu\te\tai" +
  "\to\tau\tk\tkh\tg\tg\tgh\tn\tc\tch\tj\tj\t\x7f\tn\tt\tth\td\tdh\tn\tt\tth\td\td\tdh\tn\tp\tph\tb\tb" +
  "\tbh\tm\ty\tr\tl\tv\ts\th\tr\ta\ti\ti\tu\te\tai\to\tau\tm\t \t'\t\t,\t.\t \t,\t.\t.\t\tq\ti\tr\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ti\tu\te\tk\tkh\tg\t\x7f\t" +
  "gh\t\x7f\tc\tch\tj\tj\t\x7f\tn\tt\tth\td\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\t\x7f\tbh\tm\ty\tr\tl" +
  "\tv\ts\th\tr\trh\t.\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ta\ti\ti\tu\tu\te\tai\to\tau\tk\tkh\tg\tg" +
  "\tgh\tn\tc\tch\tj\tj\tjh\tn\tt\tth\td\td\tr\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tb\tbh\tm\ty\tr\tl\tv" +
  "\ts\ts\th\tm\ta\ti\ti\tu\tu\te\tai\to\tau\t'\t\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7" +
  "\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tm\tm\tm\th\t\x7f\ta\ta\ti\ti\tu\tu\tr\tl\t\x7f\t\x7f\te" +
  "\tai\t\x7f\t\x7f\to\tau\tk\tkh\tg\tgh\tn\tc\tch\tj\tjh\tn\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\t\x7f\tp" +
  "\tph\tb\tbh\tm\ty\tr\t\x7f\tl\tl\t\x7f\tv\td\td\td\th\t\x7f\t'\t'\t'\ta\ti\ti\tu\tu\tr\tr\t\x7f\t" +
  "\x7f\te\tai\t\x7f\t\x7f\to\tau\t \t\x7f\t\x7f\tOm\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tu\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t`\tm\tm\tr\tl\tl\tl\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t\x7f\t\x7f\t\x7f\ta\tk\tn" +
  "\tv\tp\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ta\ti\ti\tu\tu\tr\tr\tl\tl\te\tai\to\tau\tk\tkh" +
  "\tg\tgh\tn\thn\tc\tch\tj\tjh\tn\thn\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\thn\tp\tph\tb\tbh\tm\thm\ty\tr" +
  "\thr\tl\thl\tv\ts\ts\ts\th\ta\ti\ti\tu\tu\tr\tr\tl\tl\te\tai\to\tau\t\tm\tm\th\t'\t'\tm\tOm\t*\t,\t." +
  "\t,\t-\t.\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t.\t-\t\x7f\t^\t'\tm\th\th\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t*\ta\ta\ti\ti\tu\tu\tr\tr\tl\tl\te\tai\to\tau\tk\t" +
  "kh\tg\tgh\tn\tc\tch\tj\tjh\tn\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\ty\tr\tl\tv\ts\ts\t" +
  "s\th\ta\ti\ti\tu\tu\tr\tr\tl\tl\te\te\tai\to\to\tau\tm\tm\th\t\t'\t'\tm\t.\tOm\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ta\ti\ti\tu\tu\tr\tr\tl\tl\te\ta" +
  "i\to\tau\tk\tkh\tg\tgh\tn\tc\tch\tj\tjh\tn\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\ty\tr" +
  "\tl\tv\ts\ts\ts\th\ta\ti\ti\tu\tu\tr\tr\t\x7f\t\x7f\te\tai\to\tau\tm\tm\th\t\t'\t*\t,\t.\t-\t-\t-\t-" +
  "\t-\t#\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\ti\ti\ti\tu\tu\tu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ta\ti\ti\tu\tu\tr\tr\tl" +
  "\tl\te\tai\to\tau\tk\tkh\tg\tgh\tn\tc\tch\tj\tjh\tn\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh" +
  "\tm\ty\tr\tl\tv\ts\ts\ts\th\tl\ta\ti\ti\tu\tu\tr\tr\tl\tl\te\tai\to\tau\tm\th\t\t'\t,\t.\t.\t*\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t@\t@\t@\t@\t@\t@\t@\t@\t@\t@\t@\t@\t@\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ta\ti\ti\tu\tu" +
  "\te\tai\to\tau\tk\ts\tg\tgh\tn\tc\tch\tj\tjh\tn\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\t" +
  "y\tr\tl\tv\ts\ts\th\tr\tm\th\ta\ti\ti\tu\tu\te\tai\to\tau\t \t'\tkh\t.\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tk\tkh\tng\tn\tt\tt\tp\tph\tb\tm\tj" +
  "\tch\tth\tr\tl\ts\tny\th\t\x7f\td\tdh\tg\tg\tgh\tbh\tjh\tb\t\x7f\t\x7f\tl\tr\tr\ta\ta\ti\ti\tu\tu\te" +
  "\tav\to\tai\tm\t\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t20\t,\t.\t*\t!\tc\tt\tth" +
  "\td\tdh\tn\tl\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ta\ti\ti\tu\tu\te\tai\to\tau\tk\tkh\tg\tgh\tn\tc\tch\tj\tjh\tn" +
  "\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\ty\tr\tl\tv\ts\ts\ts\th\tr\ta\ti\ti\tu\tu\tr\tr" +
  "\te\tai\to\tau\tm\th\t\x7f\t'\t.\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tM\tA\tI\tU\t'\tY\tI\tU\tE\tO\tN\tG\tK\tN\tJ\tC\tN\tD\tT\tN\tD" +
  "\tT\tM\tB\tP\tH\tL\tR\tR\tS\tS\tV\tm\ta\ti\tu\t'\ty\ti\tu\te\to\tn\tg\tk\tn\tj\tc\tn\td\tt\tn\td\tt" +
  "\tm\tb\tp\th\tl\tr\tr\ts\ts\tv\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t20\t30\t40\t50\t60\t70\t80\t90\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tOm\ta\ta\ti\ti\tu\tu\te\t" +
  "\x7f\t\x7f\to\t\x7f\t\x7f\tk\tkh\tg\tgh\tn\tc\tch\tj\t\x7f\tn\tt\t\x7f\td\tdh\tn\tt\tth\td\tdh\tn\tp" +
  "\tph\tb\tbh\tm\t'\ty\tr\tl\tv\ts\ts\ts\th\tl\tz\ta\ti\ti\tu\tu\te\t\x7f\tai\to\t\x7f\t\x7f\tm\tm\t" +
  "\x7f\t\x7f\tn\ty\tr\tr\t'\t.\t-\t*\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3" +
  "\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ta\ti\ti\tu\tu\tr\tr\t\x7f\t\x7f\te\tai\to\tau\tk\tkh" +
  "\tg\tgh\tn\tc\tch\tj\tjh\tn\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\ty\tr\tl\tv\ts\ts\ts" +
  "\th\tl\tr\ta\ti\ti\tu\tu\tr\tr\t\x7f\t\x7f\te\tai\to\tau\tm\th\t\x7f\t'\t*\t~\te\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ti\tu\tu\te\to\to\tai\tau\ti\t\tk\tkh\tg\tgh\tng\tc" +
  "\tch\tj\tny\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\tts\ttsh\tdz\tdzh\tzh\tz\t'\ty\tr\tl" +
  "\tv\tsh\ts\ts\th\tks\t\t\tm\tm\tm\tm\th\tr\ty\tr\tl\tv\t@\t#\t-\t,\t.\t_\t@\t#\t\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ti\tu\tu\te\to\to\tai\tau\tr\tl\t\tk\tkh\tg\tgh\tng\tc\tch\tj\tjh" +
  "\tny\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\tts\ttsh\tdz\tzh\tz\t'\ty\tr\tl\tv\tsh\ts\ts" +
  "\th\tks\th\th\tr\tl\tsh\ts\tg\tk\tng\td\tn\tb\tm\tr\tl\tsh\ts\t'\tm\th\t\t\t-\t,\t.\t`\t@\t@\t@\t#\t" +
  "#\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\thi\thii\thu\thuu\th" +
  "a\thaa\tshri\tshrii\tshru\tshruu\tshra\tshraa\tspe\tspi\tspo\tspa\tp\tk\tl\tm\td\tz\tv\tng\th\tg\tkh" +
  "\ts\tb\tc\tt\tth\tn\tph\tr\tf\tch\ta\te\ti\to\tu\tua\tia\tp\tk\tt\tm\tn\tl\tw\tng\ty\t\x7f\t\x7f\t'" +
  "\t\x7f\t\x7f\t'\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t'\t\x7f\t\x7f\t\x7f\t\x7f\t'\t\x7f\t\x7f\t'\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t#\t#\t5\t6\t8\t9\t5\t9\t9\t0\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ta\ti\ti\tu\tu\tr\tr\tl\t\x7f\te\tai\to\ta" +
  "u\tk\tkh\tg\tgh\tn\tc\tch\tj\tjh\tn\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\ty\tr\tl\tv\t" +
  "s\ts\ts\th\ta\ti\ti\tu\tu\tr\tr\tl\t\x7f\te\tai\to\tau\tm\tm\th\t\t'\t,\t.\t \t-\t^\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t1\t2\t3\t4\t5\t6\t7\t8" +
  "\t9\t10\t20\t30\t40\t50\t60\t70\t80\t90\t*\t\x7f\t\x7f\t\x7f\t@\t,\tk\tkh\tg\tng\tc\tch\tj\tny\tt\tt" +
  "h\td\tn\tp\tph\tb\tm\tts\ttsh\tdz\tw\tzh\tz\t'\ty\tr\tl\tsh\ts\th\t\x7f\t\x7f\t\x7f\tk\tkh\tg\tng\tc" +
  "\tch\tj\tny\tt\tth\td\tn\tp\tph\tb\tm\tts\ttsh\tdz\tw\tzh\tz\t\x7f\ty\tr\tl\tsh\ts\th\t\t\ti\tu\te\t" +
  "o\tm\tm\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\ta\ti\ti\tu\tu\te\t\x7f\tai\to\t\x7f\tau\tk\tkh" +
  "\tg\tgh\tn\tc\tch\tj\tjh\tn\tt\tth\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\ty\tr\tl\tv\ts\ts\ts" +
  "\th\tl\tks\tjn\ttr\ta\ti\ti\tu\tu\tr\t\x7f\t\x7f\t\x7f\te\t\x7f\tai\to\t\x7f\tau\tm\th\t'\t'\t\t\tr" +
  "\tr\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\ta\ta\ti\ti\tu\tu\t\x7f\te\tai\t\x7f\to\tau\ty\tv\tb\tbh\tm\tk\tkh\tt\tth\tl\tg\t" +
  "gh\td\tdh\tn\tc\tch\tt\tth\tl\tj\tjh\td\tdh\tn\tp\tph\th\tr\ts\ta\ti\ti\tu\tu\t\x7f\te\tai\t\x7f\to" +
  "\tau\tm\th\t\x7f\tOm\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tk\tg\tng\tp\tb\tm\tt\td\tn\t" +
  "c\tj\tny\ty\tr\tl\tw\ts\t\x7f\t-\ti\tu\te\to\t,\t.\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tm\tng" +
  "\tr\th\ta\ta\ti\ti\tu\tu\tre\tro\tle\tlo\te\tai\to\t\x7f\tk\tkh\tg\tgh\tng\tc\tch\tj\tjh\tny\tt\tth" +
  "\td\tdh\tn\tt\tth\td\tdh\tn\tp\tph\tb\tbh\tm\ty\tr\tl\tw\ts\ts\ts\th\tjny\ta\ta\ti\ti\tu\tu\tre\t" +
  "\x7f\t\x7f\t\x7f\te\tai\te\t\x7f\t\x7f\t,\t.\t#\t#\t*\t-\t\x7f\t\x7f\t\x7f\t*\t*\t@\t@\t0\t1\t2\t3\t" +
  "4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tyh\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t1\t2\t4\t5\t8\t10\t12\t15\t16\t20\t20\t32\t40\t48\t60\t64\t80\t160\t" +
  "160\t240\t/\tN\tC\tA\tU\tM\tK\tP\tM\tK\tP\tP\tV\tP\tK\tV\tN\tP\tN\tU\tV\t#\tN\tS\tP\tA\tV\tM\tM\tV\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t~\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\tt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t2\t3\t4\t5\t6\t7" +
  "\t8\t9\t3\t4\t5\t6\t7\t8\t9\t4\t5\t6\t7\t8\t9\t1\t2\t3\t4\t5\t6\t7\t8\t9\t1\t2\t3\t4\t5\t2\t3\t3\t4" +
  "\t5\t6\t7\t8\t9\t1\t2\t3\t3\t4\t5\t216000\t432000\t1\t2\t3\t3\t4\t5\t3\t3\t4\t4\t4\t4\t6\t7\t7\t7\t8" +
  "\t8\t9\t9\t9\t9\t2\t3\t4\t5\t6\t1\t2\t3\t4\t4\t5\t5\t2\t3\t1\t2\t1/3\t2/3\t5/6\t1/3\t2/3\t1/8\t1/4\t" +
  "1/6\t1/4\t1/4\t1/2\t1/3\t2/3\t40\t50\t4\t5\t6\t7\t8\t9\t\x7f\t|\t_\t\\\t\\\t\\\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t1\t2\t4\t5\t6\t7\t8\t9\t10\t11\t12\t12b\t13\t15\t17\t19\t21\t23\t24\t25\t26\t27\t28\t29" +
  "\t30\t33\t34\t35\t36\t37\t38\t39\t40\t41\t44\t46\t47\t49\t50\t51\t52\t53\t54\t55\t56\t58\t59\t60\t61" +
  "\t62\t63\t64\t66\t67\t68\t69\t70\t71\t72\t73\t74\t75\t75b\t76\t78\t79\t80\t81\t82\t83\t84\t85\t86\t8" +
  "7\t88\t89\t90\t91\t92\t94\t95\t96\t97\t98\t99\t100\t101\t102\t103\t104\t105\t107\t108\t109\t110\t112" +
  "\t114\t301\t302\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tmSa\t\x7f\t\x7f\t" +
  "\x7f\txr\t\x7f\tXrd\t\x7f\t\x7f\t\x7f\t\x7f\tsr\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tmniw\t\x7f\t\x7f\t\x7f\t\x7f\tqiz\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tiry\t\x7f\t\x7f\tSps\tSpsi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tmsi\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tDHwty\tXnmw\t\x7f\tinpw\tstX\tmnw" +
  "\t\x7f\tmAat\t\x7f\tHH\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\ttp\tHr\tSny\tir\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\trmi\twDAt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tfnD\t\x7f\tr\t\x7f\t\x7f\tspt\tspty\t\x7f\tmnD\t\x7f\tkA\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\taHA\t\x7f\t\x7f\ta\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tDsr\td\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tDba\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tmt\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tsbq\t\x7f\tb\tab\twab\tsAH\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tzzmt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tzAb\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tmAi\trw\tAby\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\twn\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tHAt\tSsA\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\twsr\twp\t\x7f\t\x7f\t\x7f\tdb\t\x7f\tbH\t\x7f\tn" +
  "s\tsDm\t\x7f\tpH\txpS\t\x7f\twHm\tXn\t\x7f\t\x7f\tsti\tSd\tms\t\x7f\tX\tsd\tib\tnfr\tzmA\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\timAx\tAw\t\x7f\tspr\t\x7f\tiwa\t\x7f\t\x7f\tqAb\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tA\tAA\t\x7f\ttyw\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tmwt\t\x7f\tnbty\tm\tmm\t\x7f\t\x7f\t\x7f\tnH\tDb\trxyt\t\x7f\tAx\t" +
  "\x7f\t\x7f\tdSr\tgm\tbA\t\x7f\t\x7f\tbaHi\t\x7f\t\x7f\taq\twr\t\x7f\tnDs\t\x7f\tgb\tzA\tpA\txn\twSA" +
  "\tw\t\x7f\tww\t\x7f\t\x7f\tmAw\tTA\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tsnD\t\x7f\twSm\tpAq\tnr\t" +
  "\x7f\tSw\t\x7f\t\x7f\t\x7f\taSA\tStyw\tmzH\tsbk\tsAq\t\x7f\tkm\t\x7f\tHfn\tf\t\x7f\tD\t\x7f\tDD\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tin\t\x7f\tad\tXA\tbz\tnSmt\t\x7f\t\x7f\txpr\tbit\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tsrqt\t\x7f\tiAm\t\x7f\t\x7f\tHn\txt\t\x7f\trnp\t\x7f\ttr\t\x7f\tSA\tzSn\t\x7f\t" +
  "\x7f\twdn\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\twAD\t\x7f\t\x7f\t\x7f\tHA\t\x7f\ti" +
  "\tY\tii\t\x7f\tsxt\tsm\t\x7f\tnn\tsw\trsw\t\x7f\t\x7f\tSma\t\x7f\t\x7f\t\x7f\tnDm\tbnr\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tbdt\t\x7f\tDr\t\x7f\t\x7f\t\x7f\tiz\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tpt\t\x7f" +
  "\t\x7f\tidt\tzw\t\x7f\t\x7f\tHnmmt\tpzD\t\x7f\tiaH\t\x7f\t\x7f\tsbA\tdwAt\ttA\t\x7f\tiw\t\x7f\t\x7f" +
  "\t\x7f\twDb\t\x7f\t\x7f\t\x7f\tspAt\txAst\t\x7f\tDw\tAxt\txa\tq\tiAt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tn\tmw\t\x7f\tS\t\x7f\t\x7f\t\x7f\tSm\tid\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tpr\t\x7f\t\x7f\t\x7f\th\t\x7f\t\x7f\tHwt\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\taH\t\x7f\t\x7f\t\x7f\twsxt\t\x7f\t" +
  "\x7f\tkAr\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tzH\t\x7f\t\x7f\t\x7f\ttxn\t\x7f\t\x7f\t\x7f\tiwn\taA\t\x7f" +
  "\tzxnt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tz\tzb\tinb\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tqnbt\t\x7f\t\x7f\t" +
  "\x7f\tSzp\t\x7f\t\x7f\tipt\t\x7f\tnxn\t\x7f\tniwt\tzp\t\x7f\t\x7f\tSnwt\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\twHa\tnfw\taHa\t\x7f\txrw\t\x7f\t\x7f\t\x7f\tst\twz\tp\t\x7f\t\x7f\tqrsw\t\x7f\txAwt\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tHtp\tkp\t\x7f\tsnTr\tnTr\tbd\t\x7f\t\x7f\tdd\t\x7f\t\x7f\timnt\tiAb\twx\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\txm\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHDt\t\x7f\t\x7f\td" +
  "Srt\t\x7f\t\x7f\tsxmty\t\x7f\txprS\tAtf\tSwty\tmDH\twsx\tnbw\t\x7f\t\x7f\t\x7f\t\x7f\ttHn\t\x7f\t" +
  "\x7f\t\x7f\tmnit\tsDAw\txtm\t\x7f\tsT\tdmD\tTz\t\x7f\tSndyt\t\x7f\t\x7f\tmnxt\t\x7f\ts\tsf\t\x7f\tsi" +
  "A\tTb\tanx\tSwt\t\x7f\t\x7f\txw\tHqA\tawt\twAs\tDam\txrp\tmd\tAms\tnxxw\t\x7f\t\x7f\t\x7f\tHD\t\x7f" +
  "\t\x7f\t\x7f\tHDD\t\x7f\t\x7f\t\x7f\t\x7f\tpd\t\x7f\tpD\tzwn\t\x7f\trwd\trs\tqmA\t\x7f\t\x7f\t\x7f\t" +
  "wrrt\tSms\tqs\t\x7f\twa\tsn\t\x7f\tiH\tDbA\t\x7f\t\x7f\tXr\tnmt\t\x7f\tsSm\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "nm\t\x7f\t\x7f\tmA\t\x7f\t\x7f\t\x7f\t\x7f\tmr\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tit\tHqAt\t\x7f\thb\t" +
  "\x7f\ttm\tbiA\tgrg\t\x7f\t\x7f\t\x7f\tstp\tmnx\tAb\t\x7f\tHmt\t\x7f\twbA\t\x7f\tDA\t\x7f\t\x7f\t\x7f" +
  "\trtH\tzmn\t\x7f\tti\txsf\t\x7f\tHm\t\x7f\tmxAt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tsTA\t\x7f\tsTAw\twA\tsnT\tSs\tSn\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tarq\t\x7f\t\x7f\tT\t\x7f\tiTi\t\x7f\t\x7f\t\x7f\tmDt\tmD\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tmH\t\x7f\t\x7f\twD\t\x7f\taD\t\x7f\tH\t" +
  "\x7f\twAH\t\x7f\tnb\t\x7f\tk\t\x7f\tmsn\tsSr\t\x7f\t\x7f\t\x7f\t\x7f\tidr\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tbAs\tHb\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tXnm\t\x7f\tiab\t\x7f\tg\t\x7f\t\x7f\tHz\t" +
  "\x7f\t\x7f\t\x7f\txnt\t\x7f\t\x7f\t\x7f\tmi\t\x7f\t\x7f\tHnqt\t\x7f\tnw\t\x7f\tini\tt\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\trdi\t\x7f\tmDAt\t\x7f\t\x7f\tzS\t\x7f\tmn\tibA\t\x7f\tzSSt" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ty\t\x7f\t\x7f\t\x7f\t\x7f\tW\t\x7f\t\x7f\t" +
  "\x7f\timi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tx\t\x7f\t\x7f\t\x7f\tHp\t\x7f\t\x7f\t\x7f\t\x7f\tqn\t" +
  "\x7f\t\x7f\tmAa\t\x7f\tim\t\x7f\tM\t\x7f\tsA\t\x7f\t\x7f\tapr\twDa\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tnD" +
  "\tqd\t\x7f\tXkr\t\x7f\t\x7f\tV11d\t\x7f\t*\t\x7f\t\x7f\t\x7f\t\x7f\t+\t(\t)\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\tt\tng\ty\tm\tb\td\ta\tph\tkh\th\ti\tc\tk\tl\tm\tn\tp\to\to\tr\tsh\tth\te\tw\te\tk\tl\tl\thai\to\tt" +
  "ek\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t,\t.\toz\toc\toq\tox\taz\tac\taq\tax" +
  "\tvz\tvc\tvq\tvx\tez\tec\teq\tex\tiz\tic\tiq\tix\tuz\tuc\tuq\tux\tawz\tawc\tawq\tawx\tuiz\tuic\tuiq" +
  "\tuix\tng\tuex\tuez\tawx\tuec\tuez\tueq\tuex\tuiuz\tuiuc\tuiuq\tuiux\tmz\tmc\tmq\tmx\tk\tkh\tg\tng\t" +
  "s\ty\tw\tp\tny\tph\tb\tm\tn\th\tl\tht\tt\td\tr\tnh\tsh\tc\tts\tgh\thtt\tth\tx\tf\tdh\tch\tz\t\x7f\t0" +
  "\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tn\tk\ts\tf\tmb\tny\tg\td\tkp\tj\txw" +
  "\tw\tz\tgb\tnd\tc\thw\tt\tb\tv\th\tp\tl\ta\to\to\tu\te\te\ti\t\x7f\t\x7f\t\t\t\t\t\t.\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\teeb\teev\tib\tiv\taub\tauv\tub\tuv\teb\tev\taib\taiv" +
  "\toob\toov\tawb\tawv\tuab\tuav\tob\tov\tiab\tiav\tab\tav\twb\twv\taab\taav\tv\tnts\tl\th\tnl\tr\tnk" +
  "\tqh\ty\thl\tm\tch\tnch\thn\tplh\tnth\tn\t'\tx\tc\tm\td\tj\tv\t\ts\tg\t?\t!\t,\t&\t%\t+\t-\t*\t/\t~" +
  "\t`\t-\t-\t^\t@\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7" +
  "\t8\t9\t\x7f\tCaum\tPua\tVam\tRoob\tNeev\tRuav\tTas\t\x7f\t'\tXyoo\tHli\tHli\tZT\tHnub\tNqig\tXiab\t" +
  "Ntuj\tAv\tTC\tMT\tTau\tLos\tMus\tCHLNN\tCCT\tCT\tCTC\tCPD\tCNT\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tCheng" +
  "\tYeng\tLee\tLor\tXiong\tKong\tHer\tMoua\tThao\tChang\tPha\tKhang\tHang\tVang\tFang\tYang\tChue\tKw" +
  "\tVue\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tM\tS\tV\tW\tAtiu\tZ\tK" +
  "p\tP\tT\tG\tF\tI\tK\tA\tJ\tE\tB\tC\tU\tYu\tL\tQ\tH\tNg\tX\tD\tO\tN\tR\tO\tAi\tY\tm\ts\tv\tw\tatiu\tz" +
  "\tkp\tp\tt\tg\tf\ti\tk\ta\tj\te\tb\tc\tu\tyu\tl\tq\th\tng\tx\td\to\tn\tr\to\tai\ty\t0\t1\t2\t3\t4\t5" +
  "\t6\t7\t8\t9\t10\t11\t12\t13\t14\t15\t16\t17\t18\t19\t1\t2\t3\t,\t.\tAiva\t!\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tb\tb\tb\tb" +
  "l\tm\tm\tm\tf\tv\tv\td\td\td\td\tdr\tdr\tn\tn\tn\tn\tnr\tnr\tl\tl\thl\thl\tdl\tdl\tdli\tdli\tg\tg\tg" +
  "\tgh\tgh\tngg\tngg\tngg\th\thx\thx\thx\tj\tj\tni\tni\tzh\tzh\tzh\tzh\tj\tsh\tx\tr\tr\tz\tz\tz\ts\tr" +
  "\tr\ty\ty\ty\tyi\tyi\tw\t\x7f\t\x7f\tbl\tsh\tj\td\tz\tdr\t\x7f\t\x7f\t\x7f\t\x7f\t`\tn\t'\t`\t'\ta\t" +
  "au\tah\tan\tang\to\toa\two\tw\te\ten\teng\teu\ti\tia\tian\tiang\tio\tie\tii\tiu\ting\tu\tua\tuan\tua" +
  "ng\tuu\tuei\tung\tyu\tyi\te\te\tyu\tyu\ti\ti\tai\tei\tao\tou\tn\tng\tuog\tyui\tog\ter\tw\tig\tea\tio" +
  "ng\tui\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tx\tb\td\ts\tx\tb\tl\tt\ts\tk\tf\tb\tx\tl\tt\ts\tf" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t-\t-\t,\t-" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tdo\tsa\tchha\tsho\tngwu\tzar" +
  "\tgwyr\tgon\ttson\tke\tchha\tpho\tchha\tkhi\trer\tpar\tje\tle\tshon\tshe\tchha\tzar\tlo\ttsew\tthwy" +
  "\tphy\tsho\tkhi\tngwu\tvor\tto\tni\tphy\tchha\tsho\thar\tngwu\ttew\t?\tde\tthwu\tde\tli\tpho\tthew\t" +
  "thwu\tthew\tthwy\tlhy\tpho\tchhew\tchyr\t?\tme\tthon\tkhu\tte\tzi\tnyr\ttshwin\tka\ttew\ttsewr\tli\t" +
  "ko\tve\tdzew\tku\tmo\tla\tbe\tly\ttwa\tphe\tba\tta\tdir\tbu\tji\tko\tmo\tly\tly\tty\tta\tta\tdo\tme" +
  "\trer\tkyr\tkyr\tla\tvor\tgew\tchha\tku\tvon\tphi\tlha\tdzy\tdzy\tcho\tbe\ttew\tbi\ttin\tthew\tsy\tt" +
  "hon\tjwo\tchhi\tkhy\t?\te\tme\ta\tly\te\tphe\tkha\tsi\ttha\tkir\tlhe\tbe\ttshe\tta\tta\tko\tkhy\tshu" +
  "\tchhwa\tghwa\tmer\tze\tkwe\tzhy\tvi\tjwa\tnar\tor\tlhi\ttshen\tu\ttshwa\tkwar\tkwar\ttew\tsa\tme\tb" +
  "orn\tkhy\tker\tpha\te\tby\ttshi\tji\tme\tvar\thon\tpyr\tdi\tvi\tba\tne\tir\tlhe\tcho\trur\tngyr\tgu" +
  "\tar\tpha\tkyr\tgar\tli\tly\tdzen\tchyr\tchyr\tpha\tryr\ttwi\tbi\tlhy\tlhy\tdwe\te\te\tmo\ttu\ttswy" +
  "\tpha\tkhy\tler\tlwy\tvir\tar\tla\tswy\tge\tpho\tver\tver\tnga\ter\tko\t?\ttew\tly\ttew\ttsewr\tzhi" +
  "\tmu\tbu\to\tjen\tne\tlon\tli\tbu\tky\tky\tne\tpu\tshi\trir\tmi\tky\tdy\tle\to\tge\trir\tpew\tli\tu" +
  "\tjon\tdy\the\tbu\tjen\tmyr\tkhu\tpu\tmi\tkhy\thy\tsa\tly\tny\tky\tvar\tny\tzhi\t?\tthwo\tchwe\tchwo" +
  "n\tdi\tchwo\tchar\t?\tshwo\tzi\tzi\tzhi\tchwy\tchwo\tli\tchwen\tchi\tngorn\tshwo\tgy\tshwon\tshe\tji" +
  "\tche\tchwen\tchwa\tchwy\tbir\tve\tkin\tvy\tngwu\tngwu\tky\tly\tko\tror\tlhe\tje\tly\tlu\tbi\tnu\tle" +
  "w\tdzen\tdzy\tga\tme\tphy\tpe\t?\tma\ttwi\tghwen\tchhew\tmy\tchha\tpe\tbu\tnwy\tla\tshan\tse\tlu\tru" +
  "r\tu\trar\tlwu\tla\tew\tden\tten\tten\tnon\tlhi\tmi\tghor\tlwen\tkhwy\tla\tla\tme\tdzwa\tne\tna\tli" +
  "\tzi\tme\tji\tme\tbe\tlen\tkhew\tbe\tlhy\trewr\tgur\tkhwy\tsew\trur\tmar\ttu\tu\tgu\tme\tlwon\tkwe\t" +
  "kewr\tdzew\tngewr\tdu\tky\tlwen\tten\tten\tge\tle\tme\ttwy\tj?\tkwy\ta\ttshy\ttshy\tto\ttew\tno\tdze" +
  "\tu\tsan\tphe\tpu\tpu\t?\tkwen\tngwyr\tgi\tko\tka\tshwy\tbu\tlew\ttshe\tchu\tle\tga\tlon\tme\tka\tdi" +
  "\trar\tke\tkhy\tlhi\tdzu\tsa\ttsar\tryr\tme\tmi\tbu\tu\tkhwy\te\tkhan\tkhwa\tdi\tsiw\tme\tphy\te\tly" +
  "r\tvir\tjew\tlhwo\ttshy\tla\ttha\tdzi\te\tla\tla\trar\tla\tbu\te\tlwon\ta\tew\tchhy\tge\tphar\tphy\t" +
  "shan\tsar\thwa\tmi\tchhy\tshar\thwa\tkhwa\tkhwa\tthe\tmer\tlu\tlhew\tve\tle\tdi\tha\tsha\tsha\tly\tl" +
  "a\tchyr\tzir\tlhew\tlwyr\tshy\tte\twya\twya\tkhon\tkhy\tbi\tlen\tka\tko\ttswa\t?\tla\tkhy\tma\tlon\t" +
  "di\tdi\tlwan\tka\tryr\tda\tma\tnga\tlu\tkho\tdzon\tlhwi\tche\tka\tzy\tkhan\tlu\tnen\tgwan\tdzu\tdon" +
  "\tde\tly\tvu\tka\tsu\tny\tle\ttshe\tla\tjan\tni\tzhi\ttsur\tde\ttsa\t?\tde\tmy\tdzi\tkewr\tle\tka\tz" +
  "hi\t?\tdi\thwin\tchu\tgu\tgu\tka\ttsin\tdzar\tte\tdzi\tzorn\ttshu\tkewr\tshu\tje\tlha\tshe\tlo\to\ta" +
  "\tlwe\ta\tkhwa\tghir\tghir\tnar\trar\tkhwa\to\tror\tjy\tsy\tngewr\tchhon\tsi\tna\tchew\tpu\tpi\tlhwa" +
  "\ttsha\ttshwa\ti\tghi\tte\tja\ttsa\tpi\ttsa\ttsa\tje\tjwe\tchon\tpu\tshwa\tbe\tkwon\tchon\tdzwy\t?\t" +
  "phi\tchew\tchyr\ttshen\tmi\tchhy\tdi\tthu\tzhi\tdze\tshi\tghu\ta\tchu\tkew\tshwa\tphi\tchhy\tgwe\t?" +
  "\ttshen\tchyr\tgo\tchhen\tkhe\tgwe\tchen\tchhy\tka\tchhy\tshwu\tchhew\tkwa\tchhy\tvi\tmy\tchhu\thon" +
  "\tbu\tsha\ttshe\tgha\tsy\tshar\tror\tghu\tna\tdzwy\tmur\tten\tdi\tno\tsa\thwi\tno\tlo\ttsi\tnu\tkwi" +
  "\tdon\tni\tzyr\tdzwan\tpa\tmy\tba\tshy\to\tlhe\tghe\thwin\tni\ttshew\tzhu\tja\tgi\tso\tge\tha\tly\tk" +
  "u\tcha\tmy\tdy\tchhwan\tty\thon\tlon\tna\tku\tse\tla\tkha\tlu\tdzo\t?\tchwen\tse\tchhu\tlhu\tlen\tno" +
  "\tlwo\tha\tsho\tda\tby\tkyr\tshin\tchy\tde\tshwo\tsi\tsu\tlwu\tkhwar\tghu\tngwu\tja\trer\tchor\tne\t" +
  "tswu\tchhyr\tthwu\tchhu\tden\tke\tzyr\tthwi\ttha\tka\tswi\tkhwar\tvy\tvy\tnwy\ttsa\tlwu\tner\tker\tj" +
  "a\tna\tkwy\tkhar\tzyr\tvir\tlhu\t?\tlir\tvir\two\ttew\tpho\tdi\tshwi\tngwyr\tge\tdi\tli\tkwan\t?\tsu" +
  "\ttswen\ttsi\tma\tno\tkwi\tdzon\tchhy\tzyr\tzhu\tur\tha\tdi\tchwi\ttun\tlon\tsan\tshwe\tky\tmur\tner" +
  "\tnwy\tha\tna\thwar\tdi\tur\ttswa\tchwan\tchor\t?\tthwan\t?ar\t?ar\tgu\tnwy\tlhu\tnen\thwar\tnor\tse" +
  "\tna\tchiw\tna\tthan\tgu\tgu\t?\tpa\tpho\tur\tjwon\tpen\tlwy\tchwu\tdar\tku\tmor\tvi\tpu\tben\tva\tv" +
  "a\tvi\tkon\tner\tpo\tne\tner\tvi\tar\tly\tdy\tthwy\tpen\tghu\tvi\tnwe\tew\tne\tkyr\tkyr\tshon\tkon\t" +
  "hy\tsu\tkhy\tjwe\ttsir\tpa\tsu\tkhin\tkhy\tva\trewr\tkir\tkyr\tkyr\tvi\tpa\tvi\tzar\tky\tpa\ton\tngw" +
  "y\tdy\tkhin\tsu\tpo\tba\tda\tghy\tlhu\tli\tzur\thy\ttshen\tny\tlu\tlon\tdewr\t?\tpo\tzy\tla\tni\tdir" +
  "\tchwa\tdzen\tdzen\tpar\ttsewr\tcha\tja\tve\ttshwu\tve\tlew\tcha\trir\tcha\tki\tvyr\tghor\tvi\tvyr\t" +
  "wo\tky\trer\tvyr\tjon\tkhi\tkwi\tme\tky\tmur\tda\tkewr\tje\tku\tkhi\tku\tbu\tpha\tmir\tku\tku\tpha\t" +
  "my\tthar\ter\tku\tthen\tpon\tme\tmi\tkha\tkha\tvu\tka\t?\ttser\tjyr\tmi\tvu\tvu\tchy\ttser\tjwe\tkha" +
  "\tti\tvu\tkon\tcha\tcha\tbu\tva\tkon\tswew\tmi\tmi\tpo\tmi\tngwy\tmi\te\tngwy\twy\thwan\tdi\tngwu\tg" +
  "hur\tghar\tsi\t?\t?\tba\tshy\ttshe\tno\tdu\tli\tcho\trir\trer\tj?\tghar\tdzwyr\tbe\twin\tpe\tzo\tu\t" +
  "lo\tghar\tku\tghur\trer\ttha\tlu\tba\t?\tghur\tby\tvi\tlu\tkor\tma\ttshe\tpen\tte\tli\tphe\tkar\tju" +
  "\tma\tpho\tgy\tma\tu\trer\tjyr\tnwy\trer\tla\tla\trer\tti\tti\tsha\tpen\tbe\tcho\tlho\tbe\tmar\tpen" +
  "\tgha\tva\tke\tpy\tlhu\thon\tshi\tgha\tswy\tghar\tpe\tchi\tlhu\tkho\tdu\tror\tvar\tgha\tghew\tchy\tc" +
  "hi\tchy\tchy\tchy\tlu\tve\tkwy\tlu\tne\tshi\tshi\tkhon\tve\tky\tshwa\tlen\tke\tphy\tni\tby\tche\tnu" +
  "\tli\tla\tsy\tse\tan\tmin\ty\tjwa\ttshon\tswin\tngwi\tji\ton\tvyr\tchin\tchu\tgy\tty\tma\tdzy\tme\tn" +
  "ga\tkhon\tke\tla\tsy\ttha\tlew\tmor\tshwa\tdi\tmy\tji\tngwir\tse\tswe\tghan\tgar\tzyr\tgu\ttsewr\tkh" +
  "ew\tvi\trir\trir\t?\tghwa\tghwa\tche\tshwyr\tto\tngon\tgi\tkwin\tby\tdzu\tnwy\tdy\tgur\ttshe\tka\tch" +
  "hew\tna\tlwan\ttsy\tzew\tto\tghwe\tan\tnu\tgha\tne\tkha\tngwu\tla\ttshwew\tdzu\tna\tla\tla\tshyr\thw" +
  "a\tnwew\tjen\tla\t?\tshon\tly\tdzwy\ton\tgo\tghwe\ty\tmi\tchha\tngon\tlwe\tjy\tkhe\tghe\tghe\tby\tu" +
  "\tjwa\tmin\tna\tnwo\tke\tdzwy\tshe\tbi\tgur\ton\tna\tgha\tba\tnu\tva\tgew\tly\tkhy\tkha\tkhi\trir\ts" +
  "hwi\tchi\tkhu\tchhwy\tkwa\tjwa\trar\tly\tsha\ttshew\tkur\tkhwe\tthu\tmi\tlu\tlu\tmi\tsy\tgu\tngwe\tk" +
  "a\tle\tky\tlhwu\tky\tkhon\tghe\t?\tsha\tlwu\tji\tghy\twer\tdzu\tchhe\ttshe\tvon\tga\tju\then\tpy\tma" +
  "\tnwy\tkhor\tve\tchu\tngwyr\tde\trir\tvy\tje\tje\tshon\tdwu\tgha\tmi\tben\tswin\tphu\tver\tlwe\tma\t" +
  "?\tna\tte\tbo\tna\tphy\ter\tlo\tkhwan\tna\tlwe\tvy\tkhar\tngwi\tlo\ttshew\trir\tva\tsi\ttsi\tchi\tba" +
  "\tkew\tso\tu\tchan\tchhon\tkwon\tbon\tzi\tngon\tghe\tlwu\tnu\tka\tvy\t?\tlhu\tnir\ttsewr\tsha\tmo\tc" +
  "hhi\tphy\tgwi\tlwen\tkew\tmyr\tn?\tsu\tly\tti\tlen\tkwi\tdzi\tmer\tsu\tchy\tghe\tkwe\tdu\tvi\tngewr" +
  "\tngon\tdzi\tnu\tly\ttshew\tzar\tur\tku\tkorn\tchon\tba\ter\tli\tar\tghwe\tkhwy\tkhy\tlwyr\to\tchi\t" +
  "gu\ttson\trir\tme\tlu\tlu\tnu\tshon\t?\tler\tzhin\tler\tnew\tchyr\tky\tkhy\tni\tdi\tthe\tphy\tko\tre" +
  "r\tngy\tphy\tma\tte\tva\tphy\tdzo\tty\tkho\tzor\tkhy\ttsha\tshwa\tbi\tthy\tdwu\tlo\tlwu\tme\trur\tsh" +
  "y\tchhwyr\tchhi\tlo\tlhi\tghi\tchhwyr\tshy\ttsen\tjwa\tgha\tngwe\tchhon\tta\tngwu\tkho\tlu\tda\tku\t" +
  "ne\tdzen\tdzu\tchhwo\t?\tnwi\tswi\tge\tkha\tpha\ttho\tshy\tswy\tgy\tla\tke\tnwo\tbu\tlu\tda\tlho\tha" +
  "\tna\tny\tsin\tnwo\tsa\tsa\tghi\tta\tne\tche\tka\tngwe\tta\tne\tzhir\ttu\tchhwi\tshwon\ti\trir\tli\t" +
  "lhorn\tna\tkewr\tnu\tchhon\ta\tlwyr\twu\tlhu\tla\tkewr\tbu\tswy\tdu\tngwu\tka\tku\tpu\tle\te\tthy\tt" +
  "hy\tshy\tshy\tmo\twu\tlu\tshwe\tsin\tgu\tdo\tngwe\tku\tte\tgo\tle\tpwyr\tpwyr\tew\tku\tku\tngon\te\t" +
  "len\tlen\te\tlen\te\tngon\tlha\tthorn\te\tle\te\tlha\tlen\tthe\tlwy\tlwy\tzhi\tphy\tka\tzhi\tpha\tki" +
  "\ttsir\tlwu\tchon\tlwu\tche\tkhwy\tjy\tkhi\tkhwy\ttshwy\tkhi\tny\tni\tva\tshwa\tly\tna\tna\tjy\tva\t" +
  "ta\tkew\trir\tkhwy\tna\tta\tgu\tkew\tchu\tngwir\tngon\ttshwu\tka\tshwon\tngwyr\tngwyr\tshwen\tkwe\tb" +
  "y\tkwe\thu\ttshwu\tngwyr\thu\ttshwu\tngwyr\tngon\ttshwu\ttshwu\tga\tlu\tlha\tlu\trer\tchhen\tchhen\t" +
  "wyr\tlhew\tlhew\tje\tjir\tje\tnyr\tlhew\tlu\tswa\ttha\tnyr\tve\tba\tngwu\tlen\tdu\tmu\tkhi\tgy\thorn" +
  "\tkhan\tkhan\tme\tdo\tgu\tthwy\tkwy\tpo\tbu\tmy\tdewr\tlin\tshyr\thyr\tha\tzew\tva\tghar\tjan\tdzon" +
  "\tky\tkhwy\tsew\tghi\tsi\tghi\tla\tlwin\thwan\tha\tphan\tda\tghi\tkin\tphin\tly\tshwe\tkha\tkhwy\tge" +
  "\tja\tkwar\tvan\tha\tpin\tde\tjin\tmer\ter\thew\tkan\ta\tshon\trar\tchhwy\tzir\tky\tky\trir\tky\trar" +
  "\tcha\ttsen\trir\trir\tlhon\tu\tcho\tu\tny\tkwen\tu\tcho\tdu\tso\tky\tdo\tlu\tlu\tle\tgha\tu\tngur\t" +
  "chi\tsi\tdzwan\thon\tsha\tle\tdo\tkhu\ttu\tdzwy\tli\tlhor\tda\ttsir\tthwo\tzew\tmu\tpu\tdzi\tmy\tkwa" +
  "n\tkhu\tny\tpha\tpha\ttshe\tzyr\ttu\tmy\tdzew\trer\tbi\tven\tghor\tjar\ttshon\tle\tle\tlha\ttsyr\tku" +
  "\tjy\tby\tzhu\tchhy\tchhwi\tshwan\ttsi\tshy\ttshan\tdu\tkhi\tlew\tkwo\tbi\tshwu\tly\tlwu\tdu\tvar\tt" +
  "shwa\tshwi\tkhe\tsha\tka\tngwi\tda\tdzo\trar\tshe\tlhorn\tzon\tlon\tzhu\tbu\tky\tba\tkhu\tlen\tdze\t" +
  "ku\tlen\trer\tdy\tvi\tghu\tky\tlu\tlon\tpar\tdza\tkhi\tlu\tnar\tvor\tgew\tghor\tdu\ttu\tvy\tvu\trer" +
  "\tshin\tlon\t?\tne\tla\tdzi\tpha\tvu\ttshon\to\tda\ttwyr\t?\tkhe\tko\ttsew\tjo\to\tto\to\tvu\tlhe\tg" +
  "u\tzon\ty\tcha\tngon\t?\tsa\tror\tmy\tmy\tpa\tkha\tsha\tja\tke\tcho\tlon\tbe\tche\tjo\t?\to\tge\tchh" +
  "o\tgew\tkhwi\ttshon\ttwi\tlu\tkew\tke\tlwi\tme\tmy\tla\tlew\tsi\tlo\tda\tlu\tly\ttsun\tsho\tdzi\tjan" +
  "\tkhu\tle\tvi\tbo\tgu\tlhi\t?\tdwu\tlen\tryr\ti\ttshe\ttshe\tlo\tryr\tpen\tswan\t?\ttho\tzon\tzew\tv" +
  "a\tswi\tga\tsha\tda\tkhu\tdu\tgha\tja\tghy\tky\trur\tlu\tkhe\tno\tnwy\ttsorn\tsy\tnir\tdyr\tngwyr\td" +
  "e\tgu\tsi\tla\tlan\tda\trir\tmur\tsi\ttsha\tto\tdzon\tkan\tkhew\trir\tve\tse\tpa\tmar\tver\tmy\tna\t" +
  "tur\tghe\tcha\tkew\tge\tvu\tna\tkwy\tdi\tpho\tten\tchhe\trer\tdzi\tlu\tdy\trur\tchwan\tgu\tchho\tbi" +
  "\tsi\tpu\tlhor\tzhiw\tka\tvi\tnwu\ttsi\tlwe\tzhwy\tnwy\tsha\tphe\thwin\tshew\tryr\ttwe\tge\tjy\tur\t" +
  "ge\tda\tko\then\tpo\tban\tghy\tngwir\tle\tkur\tda\tky\tni\ter\tchi\tlen\tvi\tdi\thu\tne\tli\tdo\tshw" +
  "u\tmer\trur\tne\tkwan\ttsy\t?\tlhon\tky\tnu\tba\tkwon\ttshwe\trar\tthwo\tge\tghew\tly\tkhy\tlhon\tts" +
  "y\tmy\tzhwy\tlen\tvi\tthwo\tur\tdzwy\tlen\tku\ti\tpi\ttan\tko\tcha\tkon\tphi\tpo\tthwyr\tlor\tba\tdz" +
  "yr\tghe\tli\tpo\tju\tlwu\tgi\tly\tchew\tte\tman\trir\tlhwi\tra\tgi\tnir\tlwe\tvo\tker\tchho\tlhwi\tp" +
  "y\tngwu\tngwu\tkhy\ta\tir\tpy\tka\tne\tpy\tphi\tdi\tmor\tka\tphi\tdzwy\tbu\trir\ttu\tka\tgy\tpo\tti" +
  "\tdzo\tmyr\tjan\tchha\tva\ttu\tkhy\tko\tdu\tkar\tby\tba\tpho\ttha\tghar\tpi\tky\tbyr\tthe\tlhu\tbi\t" +
  "a\tnwi\tsho\tdo\tby\tphy\tbo\tdzi\tdo\tti\tky\tjwu\tmi\tbi\tjwew\tror\tki\ta\ttshar\tthi\tthe\tdo\ts" +
  "hi\ta\tpa\tzhy\tpho\tdy\tdzi\tli\tthar\tle\tka\ttsu\tmo\tlo\tnga\tthwo\ttshe\tdzi\tdzi\tphyr\t?\tar" +
  "\tbi\t?\tdzi\t?\tpi\tli\tmi\tka\tmi\tphy\ttha\tngwu\tnu\t?\tar\tdy\ton\ttsew\tli\tke\tka\ttu\tbi\tbi" +
  "\tvy\tto\tdzi\tma\tyr\tyr\tdzi\tjo\thwi\ttsew\tsho\tlen\tkhy\tshwo\tji\tla\tse\t?\tle\tshwa\tde\tshe" +
  "\tnon\tsi\tkorn\tber\tly\tber\tchwen\tno\tswa\tswa\thy\thy\tgwyr\tshwan\tni\tshwy\tkew\ttsa\ttsa\tvu" +
  "\tje\tpin\tni\tghar\tsi\tu\trir\tdzu\tnga\trir\tlhyr\ttshwen\tchhwew\tswu\tnar\tzo\tu\t?\tu\tle\tchw" +
  "i\tmy\tvi\tdzi\tlhi\tla\tda\tgi\tmir\tdzwo\ttsa\tpi\tlhy\tdzew\tgy\tgwi\tlhwa\tna\ttshon\tga\ttha\tr" +
  "er\tvor\tjon\tkhy\tla\ty\trir\tmi\tze\tde\tkwen\ttshwin\trer\tlhy\tlhy\tgwi\tthwo\tngwu\ttsha\tngon" +
  "\tlho\tla\tmi\tkhan\tmi\tmy\trar\tlu\tty\tdu\tlon\tgi\ttu\tvi\tshon\tze\tchon\tthew\tno\tkew\tthu\tm" +
  "e\ttswyr\tver\tde\tthy\tdzew\ttshi\tpy\tngon\tshwew\tpho\tthe\ttha\tbi\ttsen\tvo\ttshin\te\tde\tkwi" +
  "\tdzi\tbo\tse\tvin\tbe\tgy\tlhy\tne\ttsi\trar\tlhy\tchha\tli\tgy\tlhwe\tshe\tchhiw\tdi\tna\tyr\tme\t" +
  "ly\tdew\tgi\tnga\tsu\tme\ttu\tbe\tsar\tkyr\tka\tphe\tkew\ttho\tmu\ttsan\tte\t?\tden\tda\tmi\tchon\tl" +
  "on\tchi\tpen\ttsir\tvar\tgi\tbi\tma\tthu\tnga\tshy\tchu\tju\tghwan\tngewr\tkyr\tni\twin\tnwy\tdzi\tc" +
  "hhwyr\tlen\ttshon\tmy\tbe\tchyr\tne\tka\tchi\tghu\tlhwy\tva\tna\tsin\tlo\tlhy\tli\tshon\tkhe\tlyr\tt" +
  "y\tty\tmer\tty\tthy\tde\tge\tmy\tne\tgu\tgu\to\tnor\thu\tngo\tngo\tlhew\tzu\ttwy\tphy\tli\ttshan\tzi" +
  "\tryr\tkwy\tdu\tgu\tla\tme\tlu\tji\ttsu\ttse\trir\tghu\tkhar\tjwo\tlwu\tlen\te\te\tle\tkur\tgwi\tla" +
  "\tdze\tpin\tli\tkhon\tkhy\tlu\tla\tngwu\tlo\tngwy\tphi\ta\tchyr\tgy\tpa\tho\tghi\tdzi\thwe\tdir\tkhe" +
  "\ttsin\tlew\tthew\tbe\tlhwe\tne\tswan\t?\trar\tghyr\tlhy\thu\tngwyr\tdy\tso\tchhan\tmer\tso\tkhy\tsi" +
  "\ttshon\tdzyr\tso\tje\tkwy\tmy\tvy\ton\tdza\tnwi\tle\tdzen\tna\tmer\t?\tto\tthy\tew\tgu\tzu\tphe\tgh" +
  "u\tshar\thwa\trir\tdzu\tmi\tpy\tzhiw\tli\tni\tvi\tphan\tme\tzhiw\tna\tu\tpen\tlew\trer\t?\tgi\t?\tgh" +
  "yr\tta\tlwyr\tswy\tvi\tto\trer\tno\tkon\tke\tchho\tbi\tpha\tlhy\tnga\tlu\tlu\tchon\tchhwen\tvo\tly\t" +
  "den\tge\tlhu\tmo\ttsi\tzhy\tke\ttse\tdy\tna\tpha\tzir\tgy\tli\trer\tbo\tpe\tpho\ttho\tghyr\tdi\te\tk" +
  "he\tswy\tlew\tkha\tthu\tsar\tni\tlwu\tze\tngir\tthon\tjy\tdzu\ttsorn\tthy\tmi\tj?\tphu\ten\tla\tew\t" +
  "lhy\tshen\tchon\tbir\tni\tkyr\tghwy\tnwy\thwa\tngewr\tjon\tpe\tcha\trir\tsa\tnew\tbo\tpa\tdzu\tba\tl" +
  "he\tkar\tryr\tdzi\tshin\tlhe\tj?\tlhy\tde\tli\tgu\tdzo\ttswy\tby\tkwy\tror\tpa\tky\tghu\trur\tzhe\tk" +
  "a\tchyr\tla\tnu\tti\tti\tlon\tkwy\tto\tlhy\tghy\tghy\tle\tvi\tjwe\tpar\the\ttwar\tkwyr\tbi\tmer\t?\t" +
  "do\tlhor\tgwi\tvin\tbu\tsi\ttsor\tmy\tlhu\tvy\ttew\ttshi\tgu\tku\tkwar\tew\tmi\tdza\tdzu\tdzen\tno\t" +
  "phu\tdu\tno\ttsir\tpen\tbi\tche\tba\tve\tshwa\tshu\tbi\tbo\tko\tmi\ttsy\tvan\tlho\tmy\tshi\tchon\tke" +
  "\tswe\tkwa\tnwi\tvi\tjwi\tnew\tby\tchhwen\ti\tkhar\ti\t?\tchwo\tla\tchor\tzi\tsi\tkhu\tgi\tko\tthu\t" +
  "thu\tcho\tswy\tbu\tmy\tzwi\tbi\tkhy\tkwyr\tmy\tni\tsi\tke\tkhwar\tku\ttsha\tlon\tbi\tlon\tdzwyr\tshi" +
  "\tmur\tdu\tjwon\tnor\tghwe\tu\tghu\tghu\tgwo\tdza\tphon\tchi\tchi\tpa\tshu\tme\tpen\tshwu\tli\tkon\t" +
  "dy\tmi\tgi\tgi\tby\tghiw\tvi\tdew\tche\tpir\tdy\trar\tdzo\tghi\tmar\tten\tbur\tku\tla\tnor\twi\tta\t" +
  "phon\tdzwy\tnew\t?\tshu\tse\tbe\tby\tchhon\tni\tshi\tmy\tthwi\tsu\tnu\tba\tshor\ti\ttho\twin\tgwyr\t" +
  "?\tly\tkhwi\tli\tew\t?\tdzi\tphon\tgwyr\tny\tby\tpa\tnu\tjy\tghew\tnwy\tdwewr\tjyr\t?\thon\tcha\tlhu" +
  "\tdan\tlhi\tpar\tkhan\tkhe\tkir\tma\tkir\tde\tde\ti\tghwy\ttshwin\tje\tly\tkhe\tly\tkwi\tlwu\tden\tv" +
  "ar\tsi\ttswa\tma\tphi\tla\tvi\tsi\tghwy\tghwe\tzin\tgu\tshon\tlen\tsy\tchy\tda\ttshwu\tlha\tmer\tvi" +
  "\tvi\tlo\tchhu\tny\trir\tko\trir\tbe\tzir\tba\tbin\tgwy\tpy\tshu\tde\thew\tvy\tpy\tki\tlho\tdyr\tde" +
  "\tja\tdyr\tkwy\tji\tzhu\tda\tpe\tlen\tjwon\tkwa\tnorn\tna\tlen\trar\tkor\tyr\t?\tlu\tnir\tlen\tbur\t" +
  "so\thon\tten\tjy\tta\tge\tbi\tchy\te\tchy\tdon\tje\tshi\tge\tlu\tshu\tkhy\tghe\tle\tle\tkhy\tpy\ttsa" +
  "\t?\tsy\tswen\tja\tthwo\tbi\tle\tkhan\ttswyr\tchhwew\tthwo\tpu\tpar\tchhwew\tdy\tswi\tvi\tsi\tpi\tpi" +
  "\tdy\tzhon\ton\ttsha\tga\tthu\tthu\ton\trer\tgo\tnir\tpe\tbar\tpyr\tle\tswew\tdi\tbu\tzwe\tbu\tzwe\t" +
  "pho\ttswi\tphon\trer\tli\tdir\tna\tli\tpho\tkew\ti\tdzi\tjyr\tge\tthu\tthu\tmy\tly\tswew\tmy\tshwi\t" +
  "by\tshwi\tshwi\tbi\tchon\t?\tlhon\tshwya\ttshwi\tli\tby\tlhon\tbu\tthu\tmy\tchi\tlhi\tkhi\tli\tsu\tc" +
  "hhy\tly\tli\tni\tshwa\tsi\tsa\tge\tgur\tma\tghu\tpwyr\tzwy\tpy\tso\ttsy\tbu\tpe\trer\tnir\tkwy\tshew" +
  "\tshew\tven\trur\tka\tswu\tmy\tle\tvi\tly\tkhan\tbe\ttshi\tkhan\ttwy\tby\tghor\ttsho\ttsha\tdzo\tle" +
  "\tle\tkhwu\tle\tlo\tgwy\tgu\tkwy\tlhe\tlhe\tbe\tngwu\tkhwu\tle\tgwy\tgu\tky\tlhe\tlen\tkhy\trur\ttwu" +
  "\ttu\tlo\tver\tve\tthwu\tte\tthi\tghwy\tlu\tnwy\tkhu\tchy\tma\tkwen\tpan\tlu\tdwar\tja\tja\tmar\tlu" +
  "\tver\tthwu\tjon\thwo\ttshy\tgwe\tge\tlha\tlhon\tjwa\tlhon\ttsar\ttsar\ttsar\tjew\tu\tme\tme\ttyr\tb" +
  "on\tlo\tew\t?\tsho\tgha\tu\tkhwi\tly\tdze\tmyr\tpi\tna\twi\tshi\tka\tga\tze\tla\tkhwa\tlwo\tlhor\tew" +
  "\two\tlhew\tto\tto\tsha\tvyr\tlhy\tkir\tgu\t?\tlhy\tgu\tgu\t?\tzwyr\tkhwy\ttson\tdzwy\tlhi\to\tdzwy" +
  "\tni\twi\to\tthy\tsi\tthy\tthy\tlhi\tngwi\tli\tli\tlhe\tthy\tthy\tthu\tthu\tcha\tpu\ttho\tchew\tge\t" +
  "jy\than\trur\tzhwu\tche\tghyr\tkur\tdzu\tmy\tlu\tjwi\tlan\t?\tje\tzhwu\tna\tvi\tche\tlhi\tky\tme\tlu" +
  "\tnwe\ti\tsu\tpy\tshew\tten\tdew\tlan\ttsha\tdu\trer\tvi\tli\tdu\tky\tlu\tzewr\tme\tna\tkhwa\tdzy\td" +
  "ew\tghwy\tlo\tcha\tngur\tlen\tchhon\tchhwen\tghyr\tvy\tghew\tjo\tthy\tlu\tma\tlor\tver\tna\tbe\tdew" +
  "\ten\tbo\tngur\ttsi\ttshew\tsyr\trur\tjwi\tkwe\tkwe\tky\tky\trar\tpy\tnga\thin\tlu\te\tthy\ttse\tvi" +
  "\tme\tzir\tkhwa\tjan\tby\tka\tvy\tzher\ttswe\tkwe\tchhon\tlwu\tjwyr\tlu\tli\tchew\tngwu\tty\tlu\tshu" +
  "\ttha\ttswy\ter\tswin\tme\tme\tme\trur\tbi\tkyr\tvi\tlho\tdzu\trar\tthe\tchon\tge\tte\tso\tsi\tthen" +
  "\trar\tbi\tngwu\tshar\tjwa\tpe\tngwu\t?\tngwi\tka\tka\tka\tlhi\to\tlha\tven\tbi\tshwi\tje\tmer\tlhwy" +
  "\tju\tka\tmi\tja\to\tzir\tlhyr\tdwu\ter\tu\tu\t?\ttha\tlhen\tshy\tchhy\tdzwy\tchhi\tchhu\ttha\tchhu" +
  "\ttha\tcha\tgew\tlon\tchha\tka\tso\tka\tphon\tphon\tyr\tki\tjwy\tlwe\tdon\tphe\tlhi\tkwan\tzon\tton" +
  "\tton\ttsa\tghar\tkhen\tka\trir\tla\tpa\tve\tpe\tngwy\tzew\tpe\tchwon\tkwu\tzew\trir\tpa\tten\tga\tb" +
  "u\tvyr\tew\tmew\tzha\tvi\tsy\tsy\tmyr\tki\tchu\tswu\tde\tgwan\tgwan\tror\tjwe\tlher\trer\tlu\t?\tla" +
  "\ttswa\tno\tma\tme\tkhew\tlo\tve\tku\tvon\tkhu\tly\tvi\tlu\tlwu\tshen\ttshi\trir\tdon\tmu\tjon\twer" +
  "\tlu\tshen\tbu\tne\to\tki\tlon\tthar\tby\ttswin\tror\tcha\tbo\tbu\tlu\tlwyr\tlon\tshon\ttshwan\tchho" +
  "\tche\tu\tchew\tse\tthu\tto\tde\tshy\tlon\tjwe\tge\tve\tko\tdi\tchy\tti\tkir\tror\tno\tdza\ttsu\the" +
  "\tshe\the\tmy\tva\tsha\tghy\tlu\tba\tbi\tlu\tmi\ttsi\tchi\tmy\tchu\tghwa\tdi\tdi\tzyr\tne\ttsir\t?\t" +
  "bi\tjwy\tlu\tmi\tchwo\t?\tbi\tba\tan\tcha\tcho\tcho\tjwy\tne\tswy\tjy\tlu\tngwu\tbu\tdzu\thu\tner\tm" +
  "i\tlu\tkew\tka\tjwi\tdar\tthi\tto\tlew\t?\tghu\tga\tsha\tne\tcho\tta\tkho\tha\tshi\tshy\tshy\tzo\tsh" +
  "i\thu\tshwy\tshy\tshy\te\tlhon\ttshwew\tdza\tshi\tje\tzho\tshy\tphi\tphi\tty\tshe\tta\t?\tti\tje\tka" +
  "r\tbu\thwi\tphi\t?\ttwe\ttwu\t?\ttshwew\ttwo\tke\tlwi\tli\tke\tdi\tme\tli\tghan\tchwe\tker\tchon\tjw" +
  "u\tdu\tdu\tby\tdu\ten\ten\tdu\tny\tchhwor\tkin\tvon\tkir\tt?\tjen\tgin\tdu\tdwyr\tty\tby\tlhi\tew\td" +
  "zur\tma\tte\tni\t?\tle\tma\tu\tlwo\tshwe\tvi\tni\tchhwin\tkhon\tde\tdi\tjen\tlu\ttsewr\tvo\ttsu\tkwy" +
  "\tlwi\tyr\tjyr\tsu\tdwyr\tyr\tkhwy\tga\tdzyr\tha\ttshyr\tga\tkhwy\tkhwy\tghon\tne\tga\thwa\tdzen\ttw" +
  "a\tty\ttin\ttu\tjwu\t?\tngwyr\tle\tar\tle\tlhen\tvy\tvy\tjwu\tton\tno\tzur\tlan\tnwy\tshon\tlhwe\tlh" +
  "we\tthu\tsy\tswy\tbyr\tlhi\tchon\tdi\tu\tchen\tmar\tgon\tswo\tsy\tkhew\tki\tswy\to\tgon\tku\thwin\ts" +
  "y\tmorn\ttwan\tdon\ttwu\tchen\t?\tchen\tlhwe\tdon\tlu\tgo\tdon\ttser\tner\tche\tjwy\tne\tmy\tmy\trer" +
  "\tkir\tdo\tngwu\tshe\trer\tmy\tmy\ten\tki\tle\tte\tse\tbe\tdy\tror\tchy\then\tba\tje\tmy\tlan\tdu\tn" +
  "gorn\tlhon\tphe\tghan\tdew\tkhwa\tche\tphe\tde\tlin\then\tve\tror\tma\tsa\tlha\tde\tthe\tchhi\tgi\tc" +
  "hhi\trewr\tjwy\tchhy\ten\tlhon\tba\t?\ttwi\ttsha\tki\ttsa\tja\tew\tzur\tswa\t?\tdzu\tton\ttu\tghor\t" +
  "tu\tja\tpo\tshi\tpy\tbe\trur\tphon\tnir\tsha\trur\tby\tdzwy\tjon\tvi\tghu\tlon\tshwy\tli\tva\ttho\ts" +
  "o\tew\tzur\tzwy\thew\tsi\tha\tpa\trar\tvar\tpa\tbi\tde\tde\tkwa\tkwin\tlan\tsha\tsha\tpu\tlu\tdo\tlh" +
  "ew\ttshy\tbu\tlew\tka\tbu\trur\tjwan\ton\tju\tsha\trir\tshu\ttsha\tjon\tno\tkew\tphe\tzin\tgu\thin\t" +
  "i\tlho\ttshew\tkhwa\tshwy\t?\tzin\tshe\trir\tzin\tnew\tvor\tzhyr\ta\tle\tzur\ttshew\ttsewr\ttswy\tpe" +
  "n\ttho\tku\tho\tthu\tgha\tbu\tva\tcha\tshen\tba\tvu\tswy\tgwi\tvu\tba\tshen\tchir\tnwy\tshon\tmi\tna" +
  "\tswe\tsew\tdzwy\tka\tsa\tmy\tpo\tkwan\tlhi\tkhu\tzy\tchho\tlo\tlo\tden\tphon\tghu\ton\tchir\tghi\tl" +
  "o\tkon\tshwu\tkhwy\tpe\tzyr\tghyr\tvon\tka\tdzu\tkew\tngwi\tgha\tdi\tsu\tban\tdzu\tdzu\tta\tli\tdzew" +
  "\tbu\tvar\tle\thon\tngur\tgha\tlwi\tjwo\tdzu\tly\tkhu\tsew\tnin\tne\tlhy\tghy\tghew\tbu\tly\tchy\tlw" +
  "u\tchha\tli\tti\tme\tdzon\ten\tdwy\tdwy\tdi\tdzy\tde\tphon\trewr\tby\tkon\ttshi\tly\tgy\trewr\tkew\t" +
  "pa\tvi\tkwa\tthen\tghwe\tlu\tver\tkew\tlon\tchhe\tgur\thon\tkhwa\tta\tti\tghwe\tnwe\ttshi\tkhew\tna" +
  "\tphen\tbu\tdan\tge\tdzen\tdan\tphy\t?u\tar\tly\tshi\tkur\tkon\tlwi\tku\tsar\tdzu\tdzu\tke\tku\tkhar" +
  "\tly\trar\tjew\tbi\tmi\tsew\tve\tti\tver\tgwi\tkwi\tvir\tlhwi\tmo\tno\tly\tbi\trir\tgor\tha\tve\tlew" +
  "\tne\tnu\tchwew\tzhew\tny\tva\trur\tborn\tso\tdzi\tghu\tsa\tcho\tna\tmyr\thwan\tna\tse\tghew\tne\tzy" +
  "\tbo\t?\tne\ttshy\t?\tbu\tkhu\thu\tji\tbi\ttshwu\tbe\ttsu\tbo\tbo\trir\trir\ttsir\tphy\tke\tdy\tkhu" +
  "\ty\tshe\tkewr\tkhe\tghu\tlon\tbo\tche\tsha\tlew\ttshwu\tchwew\thwyr\tkhwe\tlhy\tngwi\twu\tnga\tme\t" +
  "tshy\tkhu\tha\tban\tchhi\tdzi\tdi\tmu\tchwew\tvin\tzur\tmer\tjwon\tvy\tma\ttsy\tkwen\tche\tsa\tkwy\t" +
  "kwy\tmy\tpy\tdi\tke\tme\tsho\tdzen\tborn\tgha\tle\tje\tvi\ton\tnu\tku\tjwon\tma\tvi\tde\tdwyr\ttho\t" +
  "khu\tgu\tgu\tgu\tne\tzhiw\tphu\tzhiw\tly\tge\ttsir\tna\tmur\tpu\tzhiw\tpu\tjan\ttse\tphu\ttsir\tge\t" +
  "tshwu\tphe\tbo\tchho\tly\ttshwu\twy\tzer\to\tkwi\tdy\ttha\tlen\tdy\tlu\tme\tme\t?\tgwar\trar\tzy\tgh" +
  "a\tkwe\tlhy\tma\ttsha\t?\tkha\tkha\tzwan\tku\tla\tryr\tzwan\tkha\tkha\tghew\tni\ttshi\ttshon\tno\tki" +
  "r\tdze\ta\ta\tmy\tphu\tkhan\ty\tshy\tngwo\tlhi\t?\tlwy\tlwy\tthy\tby\tbu\tbo\tror\tbu\trer\tbu\tby\t" +
  "za\tkwy\tjwa\tkwy\tzy\tdzu\tne\tghwy\tdo\ta\tza\tthew\tghen\tchhew\tte\tte\tchhe\tbu\tkorn\tzy\tne\t" +
  "te\tghwy\tzy\tdzi\tlwi\tka\tza\tdew\tghwy\ttse\tdzy\tdzar\tthy\tdzar\tlhen\tshwi\tshwi\tshwi\tngwo\t" +
  "kwi\tse\tshew\tnwy\tli\ton\tew\ttsy\tpen\tlo\tdi\t?\tzi\tngwy\tghy\tla\tbe\tbe\ttsha\tshi\tdan\tlo\t" +
  "ta\ttsy\tpyr\tshon\tpa\tlo\ttshi\tzar\tdzen\tle\tdew\tlon\ttswo\ttsha\tli\tkha\tshon\than\tkha\tbe\t" +
  "shi\tdze\tvy\to\tlwe\tnwo\tbo\tsho\tbo\tsu\tzha\tme\t?\tvi\tkhin\tken\tne\tchi\tlew\tda\tne\tka\tvy" +
  "\tzewr\tlen\tvy\tzewr\tdzwy\tvi\tvi\trer\tlin\tngwy\ty\tdzu\tti\tno\tpa\tpa\ttshe\tmi\tdzew\tna\tdy" +
  "\tda\tzar\tdy\tke\tly\tdzwy\trar\trar\tvi\tly\twan\tdu\tvi\tlew\tvi\tvo\tdu\tly\tgo\tghyr\tchhwo\tjw" +
  "a\tkwy\to\tkho\tly\tgo\tdzwew\tdzwew\tve\tkew\tle\tryr\tswo\tnu\tle\tvy\tmy\tin\tla\to\tlhy\tla\tchu" +
  "\tky\tgi\tli\tzi\tlhi\tpho\tmi\to\tlen\tli\tghy\tte\tba\tgi\tju\t?\tba\tpa\tpen\tpen\tsy\tdu\tdzwy\t" +
  "ghon\tche\tdu\tlwa\tno\tshwa\tu\ttsha\tchha\tse\ta\tkhu\tphy\tse\tten\ta\ttsu\ttsu\trer\ttsu\tlen\tt" +
  "su\tkhy\tlhwe\tchwa\tthen\tly\tly\ttshi\to\tbwe\tma\tner\ttwin\tba\tlwa\tkhe\tnga\tnorn\tte\tta\trir" +
  "\tla\tnga\tsa\tdu\tswe\tti\t?\tte\tle\tngwir\tbu\tze\tlen\ttsur\tphu\tbon\tla\tzorn\tchwi\tzon\tby\t" +
  "zi\tner\trar\tden\tku\tdi\tlwu\tner\ttshi\ttwu\tse\ttshu\tda\trar\ttsur\t?\tkwi\tnga\tche\tta\tchu\t" +
  "thy\tta\ttsorn\tdzy\tghu\ttwa\ttshi\ttshi\tlwa\tlwa\ttewr\tner\tli\tner\tden\tghan\ttwon\t?\to\tbu\t" +
  "ver\tlwen\tle\tby\tny\tka\tle\tle\tlu\t?\tghon\two\ttshen\tka\trir\tly\t?\tgi\tghu\tlha\tbar\tga\tts" +
  "hy\tjy\ttshy\tge\tge\tna\ttshy\trer\tkhi\tzewr\tkhe\ttshe\tta\tka\tshon\t?\tdze\ttshe\tti\tmi\tta\tt" +
  "en\tshe\tli\tchi\tdzi\tkwe\tkwe\ttshwu\tbi\tso\tni\tsu\ttar\tphi\tmyr\tbi\ttshew\tkwe\tge\tdzi\tshe" +
  "\tchho\tshe\tgu\twu\tlwu\trer\ttsor\tbu\tta\tli\tle\tshe\tdzwi\twu\tna\tphe\tshon\tghu\tvir\tvor\tdz" +
  "a\tdzew\tlu\tlu\tlen\tvan\tmi\tpen\tbi\tbi\tbi\tkhy\tbar\tthu\tthu\tlo\tge\tpho\tkwen\ton\tshwi\tni" +
  "\tbo\tny\ttswar\tswi\tda\tni\tchhin\tpa\tvi\tma\tvi\tchhy\tvi\tkhwu\tchu\tshy\tjo\tmu\tge\tno\tji\tn" +
  "i\tvar\tshy\tlu\trar\tchy\tno\tghor\trar\tmi\ttshwu\tvi\tphe\tvo\tno\tto\trar\tar\tmyr\tdze\trar\tbi" +
  "\tshwo\tvi\tkan\tshwy\tde\tgy\tthwo\tthwo\tshwo\tme\tly\tke\tkhon\tlen\tkhi\thar\tsa\tlhu\tde\tnur\t" +
  "lew\tta\tu\tde\tu\tjen\tby\tjen\tme\tby\tmo\tga\tni\tryr\tgi\tror\ton\tly\tvyr\tma\tswen\tdu\t?\ttse" +
  "r\tmi\tdzen\tdzu\tlwu\tdza\ttsha\tdzew\tdzew\tba\tba\tar\tzyr\tbi\tdwa\ttsho\ton\tmy\tmo\tba\tdwa\tl" +
  "en\tpwyr\ton\tzyr\tthe\tdwa\tdwan\ttsho\tna\tna\tpu\ttshi\tpu\tdwe\tpu\tvir\tja\tja\tja\tdzwy\tlew\t" +
  "nwo\tgi\trar\thon\tphe\ttsir\tnga\tshew\tgew\tlhi\tdzi\trer\ttsyr\tkwyr\tdyr\ttsu\ttsyr\tlhi\ttho\td" +
  "zi\tve\ttsu\tzhy\tkhew\tni\tse\tnon\tpo\tbo\tshon\tnorn\tke\tsew\tpo\tjew\tpo\tphar\tke\tke\tno\tkon" +
  "\tla\tj?n\tj?\tpa\tkewr\tpen\tmy\tvi\tdzo\tkhi\tir\tlu\tngwo\tze\tlu\tto\tso\tthu\tj?\tthu\tjew\tthe" +
  "w\tthu\tshy\tpha\tsa\ttswyr\ttar\ttwi\tpha\tpha\tpha\tbo\tthu\tthu\tny\tnu\tba\tka\tnwy\tny\tthwe\tt" +
  "hin\tka\tba\tgur\tjwi\tphu\tchhwi\tphu\tsan\thwa\thwi\tno\tjon\tjon\tdwu\tchy\tu\tkwan\tne\tgha\tkwa" +
  "\tgy\tgy\tle\tho\tkhe\tdzu\tko\trir\tdzu\tben\trar\trewr\tzar\trewr\tmy\tphi\ttshy\tmy\tjan\tdew\tzh" +
  "a\tlo\tdzwy\tdo\ttyr\tcha\ttshy\tchha\tar\ten\tbo\ttshy\tlu\tgwi\ten\tbo\tgwi\t?\tbo\tgwi\tshon\tzhu" +
  "\tkur\tgha\tshon\tne\ter\tghorn\tu\trir\tghon\tze\tka\tno\tu\tkwo\tgew\tlhi\tshen\tnga\tshi\tkhur\tk" +
  "hi\tso\tkon\tkhon\trir\tjon\tzhwyr\tkewr\tghon\tdwu\tly\tlwi\tpi\tpu\ttsy\tpe\tphen\tlwi\tzu\tzu\tdy" +
  "\tbe\tzur\tti\tla\tchhwi\tyr\trar\tvy\tchwo\tkha\tchhen\tphy\tdzi\tzhew\tvi\thwen\tshi\ttshi\tlu\tto" +
  "\tlhy\tphi\tphi\tly\tthy\tbar\tphi\tla\tchyr\tmo\tchar\tki\tgwar\tla\tgwar\tzir\tkha\ttew\trar\tphi" +
  "\tphi\to\ttsi\trer\tlen\tdzwe\tkhwy\tchi\tchu\twar\tgu\tben\tgu\tpu\tchu\tpy\to\to\ttsy\tdewr\te\te" +
  "\tchon\tbi\tdewr\te\tma\thi\than\thu\tkhwi\tha\tswi\thar\tswi\tchha\tchha\tchha\tge\tli\tvi\tghwyr\t" +
  "te\tphi\tvi\tvi\tla\tvi\tvi\tgi\t?\tshy\tphi\t?\tvi\tvir\t?\tjwy\tpon\tjy\tlho\tdzi\tjy\tchhwew\tchh" +
  "wew\tswu\tchhew\tche\tzha\tchhwew\tlu\tkhew\tkhew\tdzew\tlhy\tli\tkhew\tve\tshi\tta\tsi\tna\tsha\tsi" +
  "\tno\tta\tkhwy\tty\tto\tvyr\tva\tlhi\tswe\ttshe\tki\tkwi\tnwy\tpi\tkar\tdo\tchwe\tlhu\tvi\tka\tze\tk" +
  "wy\tnwy\tta\tdu\tdi\tshy\tthy\tkhew\tkhen\tky\tde\tswe\tkwe\tky\tti\t?\tso\trir\tva\tchhwo\tkur\tsy" +
  "\tka\tgha\tdzu\tty\tghwi\tphu\tphi\tse\tphyr\tvir\tten\tchi\trur\tsha\tti\tbe\ttew\tphon\tpo\ta\ttso" +
  "\tkhe\tkwen\tlwi\tlyr\tdu\tten\ta\tly\thwen\tne\tha\tkar\tchy\tne\tshi\tvy\tsew\ttser\tsha\tghor\t?a" +
  "\ttwew\tdi\tshy\ttsy\ttar\trur\tchhew\tswi\ttse\tka\tphy\tlu\tnwy\t?\tlhwa\tgi\tla\tla\tkwa\tva\ttsh" +
  "u\tvu\tla\tchhwi\tpi\tti\tma\trer\ter\tta\ttshwew\tchew\tlu\tty\tku\tdzwy\tshwy\tly\tpir\tshen\tngwi" +
  "\tna\tngwo\tchy\tgi\tphy\ttshwe\tvu\tvu\tpi\tla\tphy\tchy\tkhi\tbo\tgo\tgar\trir\tkwy\tdew\tlho\t?\t" +
  "ngyr\tphy\tjwo\tkar\tzyr\tphi\tlo\trer\tchir\tchwe\tka\tky\tty\tror\tlho\t?\tdu\tky\tphy\ti\tka\tkhu" +
  "\tkhu\ttewr\tje\tlhi\tte\tta\trer\trewr\tky\tchhar\tcha\trar\tla\tngyr\tshi\tma\t?\tkhwy\tse\tme\tzo" +
  "n\tmy\tvor\tvor\tkhwy\tse\te\tchhu\tsew\tsew\twu\tlo\tkhwy\tkan\tdwewr\tzi\tdwu\tu\tdwewr\tshwe\tcho" +
  "n\tlhorn\tlhorn\tthy\ttse\t?a\trorn\tzi\tdi\tdi\tror\tzi\tdu\tlon\tdu\tdu\tha\tlu\tchho\tzhy\ttwe\tt" +
  "shi\tghu\tlo\tzhy\ttshe\tbo\ttwi\tlhor\tga\tlo\tjwe\tlo\tpar\ttwe\tto\tlo\tpan\tpan\ttwi\tbe\tba\tth" +
  "e\tchhew\tzhu\tzhon\t?\tme\tme\tda\tli\tphy\tthu\tdwu\tphe\tdzu\tdu\tzew\tne\tzew\tzew\tzew\tzew\tta" +
  "\ttyr\tto\tta\tto\thwy\twy\tvy\tlhu\tnar\tlwe\tnar\tkhwar\tshwy\tlwi\tlwi\tly\tly\tly\trur\tkhy\tly" +
  "\tly\tju\tlhew\tzyr\tlon\tlhew\tsi\tswi\trur\tdzwo\tghwan\tchyr\tvy\tmy\trur\tkon\tdzy\tgu\trur\trur" +
  "\tdzwi\tdzi\tchy\tti\tje\tgha\trur\tdze\tba\tva\tu\tle\t?\tror\tmu\tbe\tche\tgu\tdi\trur\tkhon\tghyr" +
  "\tngwy\tngwyr\tngorn\t?\tghyr\tgu\tkwyr\tghyr\tva\tngwyr\tgha\tpy\tlo\tan\tvi\tvu\tbi\tjy\ttswu\tlo" +
  "\tzur\t?\tlha\tdwyr\tdwyr\tpy\tthwu\tje\tu\tdan\tbi\tnga\tne\tne\tchwi\tnu\tne\tne\tnin\thun\tne\tne" +
  "\tjy\tchhin\tne\thon\tdzy\tne\tne\tkhwa\ttha\tku\tku\trir\tgu\tne\tdwyr\tdzen\tlu\tbi\tdzen\tvar\tkh" +
  "u\to\tpa\tme\tlwew\tdu\tkwy\tkhwu\tse\to\tby\tkhi\tkho\tnon\tnon\tlhon\tlhorn\tdzi\tzyr\tje\tje\ttan" +
  "\ttan\ttan\tghew\tchy\tvi\tkhy\tjar\ttwu\tchhew\tne\tgewr\tly\tu\tku\tno\tly\tso\tve\tku\ttsy\ttsy\t" +
  "ne\tke\tga\tbe\tdzi\tzewr\tchor\tzewr\tby\tva\tu\tla\t?\tda\tsi\tsi\tghew\tngewr\tbi\tbi\thy\thi\tph" +
  "u\tshu\tku\tku\tdzen\tshew\tphu\tporn\tta\tchhew\tgu\tgu\tgu\tgu\tner\tgha\tsi\ttsha\tngewr\tva\tkhy" +
  "\tvi\tlen\tlen\tlen\tkhe\tmy\tngy\tmy\tgi\tve\tmy\tmy\tmy\tmy\tli\tshwa\ttso\tmy\tjy\tjy\tno\tno\tsh" +
  "on\tkwi\t?\tkyr\tbi\tkyr\t?\tgi\tkyr\tkhe\ttswar\tta\tgha\tlon\tko\tkyr\tby\tnu\tkha\tkhu\tryr\ttshw" +
  "a\tzhu\t?\tgi\ttswan\tkhwu\tngyr\tma\ttshu\tlhy\tnu\tchhwa\tvan\t?\tngur\tgwi\tnwy\tja\ttshon\tvi\td" +
  "zon\ttshi\ttshu\tchhwa\tlen\tran\tryr\tge\tzir\tlhu\ttswu\tdzwy\tde\tv?\tbu\tgwi\tda\tzher\tkhe\tpo" +
  "\tdar\tbu\tde\tbu\tngon\tlu\tvor\tne\tgha\tkur\tgha\tdu\ttsyr\tjy\t?\tzwi\tmy\tchu\tlwu\tla\tju\tju" +
  "\tju\tlor\tdew\tdew\tno\tchwen\tkir\trar\trar\tny\tvi\tvi\tvi\tkhon\tkhen\tzo\tlhe\tlhe\tshi\tsho\tc" +
  "ho\tgi\tshwi\tke\tla\tshwi\tchir\tke\tshwi\tme\tshu\tdi\ttswyr\twu\tshe\tvir\tvir\tkhwe\tja\tvur\tli" +
  "\tli\tsa\tje\tdze\tkew\tshe\tdze\tka\tza\tpo\tza\tgi\ty\tjy\ty\tchhwo\tka\tzy\tky\tton\tbi\tjy\tvi\t" +
  "mo\tgha\tke\tshar\tso\tgi\tgwon\tson\tvo\tvir\tgi\tky\tky\tyr\tlhwi\tme\tdwar\tmur\ttar\tse\tbi\ty\t" +
  "ghwen\tku\tvy\tryr\tmyr\tken\tlwi\trir\tky\tlhu\tlhi\ttso\tva\tlho\tpi\tpi\ttew\tky\tky\tzi\tky\t?\t" +
  "zwew\tdzew\tny\tlhy\tzhyr\tlho\tkon\tzwi\tba\tshi\tmy\tlhi\tse\tgwi\tson\tchhi\tsy\tsho\tton\tlew\tl" +
  "ew\tbe\tlew\tbe\tjo\tve\tkor\tdzu\trir\tlu\tlo\te\te\tlhew\tmu\tchhew\thon\tle\tsa\tvi\tlhan\tdu\tky" +
  "\tlhan\ttu\tvo\ttu\tyr\tyr\tdon\trer\tkhy\tjon\tswo\tson\tson\tson\tva\tme\tlon\tlwo\tlon\tlhi\tpy\t" +
  "py\tlhi\tlhwe\tlu\t?\tlhi\tly\tly\tje\tge\tthwyr\tlu\tba\t?\ton\tkhe\tdzi\tly\tghin\tvo\tko\tly\tly" +
  "\tly\tly\tshan\tly\tko\tly\tly\tdzi\tswy\tkhen\tdi\tlwy\tlwy\tdy\tme\tbe\tbe\tbe\tlu\t?\tdzy\tswen\t" +
  "gu\tka\ttswy\tka\tkha\trewr\tnwu\tnew\tna\ttwu\tchhew\tngewr\tbe\tnwy\tshwy\tzhyr\tzhyr\tshy\tli\tne" +
  "\tten\tzi\ttsu\tmo\tve\t?\tji\tmer\tsha\trur\trur\tse\tlen\tkwa\tky\tbi\tlew\tvir\tse\tkhe\tgu\tkhe" +
  "\tgan\tgu\tla\tgu\tto\tchyr\tryr\tjwu\trewr\tbe\tdi\t?\tlu\tlu\tge\tmyr\ttsa\tdzen\tdzi\tngwir\tli\t" +
  "on\tchho\tjo\tphi\tphar\tphan\tphon\tar\tle\tnar\tdza\tpa\tshu\tchhi\tngewr\tkir\tdu\tma\trir\tchu\t" +
  "ko\tghwe\tbe\ttser\ttse\tby\tshar\tshar\tkwar\tdzyr\tha\tkwar\tlhwyr\tkwu\tchhwe\ttho\ter\tke\tke\tn" +
  "gur\tngur\ti\tge\tthy\tshu\ttha\tma\tshu\ttha\tbi\ttshy\tdzon\tryr\tpha\tpho\tkhu\tke\t?\tphi\tthy\t" +
  "jar\ttsi\tvir\tchhy\tla\tshwi\tjar\t?\tmir\tdzwy\tlen\tchu\tvir\tju\tghe\ttswi\tshwu\tshwu\tshwu\tne" +
  "\tew\tew\tew\tdzon\tkwyr\tchhon\tkur\t?\twyr\tshwy\tthy\tlor\tchhy\tnen\tnon\ttshe\tjy\tbo\tzo\t?\tj" +
  "on\t?\tle\tzyr\tlwu\tbo\tgin\tkho\tdwu\tmy\tga\te\tthe\tla\tkha\tvir\tvu\tkwo\tkwo\tkwo\tli\tli\tna" +
  "\tli\tdzy\tjon\tly\tla\tbi\tbi\ttan\tle\tkhy\ttsen\tzhyr\ttewr\tka\tlu\tshu\tkin\tshy\tve\tphar\tvan" +
  "\tsew\tswy\tew\tge\tbe\tswy\tthwan\tdzwy\tchha\tdzwy\tpho\tdzon\tdzon\tdzon\tlon\tlon\tlon\tlhew\tzh" +
  "e\tlu\tte\tgewr\tghwin\ttwar\tgi\tji\tli\tvi\tthwe\twa\tva\tdza\tphu\tkhe\tpen\tdy\tdy\tdy\tsi\tzy\t" +
  "by\tve\tle\tbi\tngwu\tno\tghy\tchhe\tchhe\tlo\tshy\tchhew\tdziw\tzar\ttsar\tzhi\ttshwu\tbi\thyr\than" +
  "\thwi\ttsen\tlhi\tlhen\tki\tkorn\tghiw\tne\tdy\tzhyr\tdzon\to\tbyr\tkhe\tdzu\tlhy\tvi\tdu\tswu\tby\t" +
  "by\tnorn\tnorn\tten\tshon\tgha\tvi\t?\t?\t?\t?\t?\t?\t?\t?\t?\t?\t?\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t756\t757" +
  "\t758\t759\t760\t761\t762\t763\t764\t765\t766\t767\t768\t378\t1\t2\t383\t381\t382\t3\t392\t4\t5\t6\t" +
  "395\t7\t8\t9\t10\t11\t12\t13\t14\t459\t15\t454\t16\t17\t390\t18\t19\t20\t21\t22\t455\t23\t24\t25\t26" +
  "\t27\t28\t29\t30\t31\t32\t33\t34\t35\t36\t37\t38\t39\t452\t453\t396\t384\t385\t40\t41\t42\t43\t?\t45" +
  "0\t45\t46\t47\t48\t49\t50\t51\t52\t389\t53\t54\t55\t388\t56\t57\t58\t59\t60\t61\t62\t63\t64\t391\t38" +
  "6\t66\t67\t68\t69\t70\t71\t72\t73\t74\t75\t76\t77\t78\t79\t80\t387\t?\t?\t379\t81\t82\t83\t84\t393\t" +
  "85\t86\t394\t87\t88\t89\t90\t91\t92\t93\t105\t106\t107\t108\t109\t110\t111\t112\t113\t114\t115\t116" +
  "\t65\t117\t118\t98\t94\t99\t100\t101\t102\t103\t397\t398\t399\t104\t95\t96\t97\t44\t400\t401\t403\t2" +
  "79\t280\t281\t282\t283\t284\t285\t286\t287\t288\t289\t290\t291\t292\t293\t294\t295\t296\t402\t297\t2" +
  "98\t299\t300\t301\t302\t303\t304\t305\t306\t307\t308\t309\t310\t404\t405\t406\t407\t408\t311\t312\t3" +
  "13\t314\t315\t316\t317\t318\t?\t319\t411\t412\t409\t410\t413\t320\t321\t322\t323\t324\t325\t416\t417" +
  "\t419\t420\t164\t165\t451\t166\t167\t168\t169\t170\t171\t172\t173\t175\t174\t176\t177\t178\t430\t?\t" +
  "179\t180\t427\t?\t428\t429\t?\t432\t181\t182\t183\t431\t184\t185\t186\t?\t187\t188\t189\t190\t457\t1" +
  "91\t192\t193\t194\t195\t196\t414\t197\t198\t199\t200\t201\t415\t202\t203\t204\t205\t206\t207\t208\t2" +
  "09\t210\t220\t221\t222\t223\t224\t225\t226\t418\t227\t228\t229\t230\t231\t232\t233\t234\t235\t?\t236" +
  "\t237\t238\t239\t241\t242\t245\t250\t251\t253\t240\t422\t356\t243\t248\t254\t358\t359\t244\t421\t246" +
  "\t247\t249\t252\t255\t423\t256\t257\t258\t259\t260\t261\t425\t262\t263\t?\t426\t264\t265\t266\t424\t" +
  "267\t268\t269\t270\t326\t327\t328\t329\t330\t331\t332\t333\t334\t335\t458\t336\t337\t438\t439\t440\t" +
  "338\t437\t339\t340\t341\t436\t342\t343\t344\t345\t346\t347\t348\t349\t350\t351\t352\t353\t354\t355\t" +
  "357\t360\t361\t362\t433\t434\t435\t363\t364\t365\t366\t367\t368\t369\t370\t371\t372\t373\t374\t375\t" +
  "376\t377\t119\t?\t120\t121\t122\t123\t124\t125\t126\t127\t128\t129\t130\t?\t131\t132\t133\t134\t135" +
  "\t442\t443\t136\t137\t138\t139\t444\t140\t141\t441\t142\t143\t144\t145\t146\t147\t148\t149\t150\t151" +
  "\t152\t153\t154\t155\t156\t157\t158\t159\t160\t161\t162\t163\t445\t211\t212\t456\t213\t214\t446\t216" +
  "\t217\t218\t219\t215\t449\t447\t274\t448\t275\t276\t277\t278\t271\t272\t273\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tga\tta\tghu\tbu\tshi\tle\tkwe\tmi\tle\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\te\te\ta\ta\ta\ta\ti\ti\ti\ti\tu\tu\tu\tu\tu\te\te\te\te\te\to\to\to\tka\tka\tka" +
  "\tka\tka\tka\tka\tka\tka\tka\tka\tka\tki\tki\tki\tki\tki\tki\tki\tki\tku\tku\tku\tku\tku\tku\tku\tke" +
  "\tke\tke\tke\tke\tke\tko\tko\tko\tko\tsa\tsa\tsa\tsa\tsa\tsa\tsa\tsa\tshi\tshi\tshi\tshi\tshi\tshi\t" +
  "su\tsu\tsu\tsu\tsu\tsu\tsu\tsu\tse\tse\tse\tse\tse\tso\tso\tso\tso\tso\tso\tso\tta\tta\tta\tta\tchi" +
  "\tchi\tchi\tchi\tchi\tchi\tchi\ttsu\ttsu\ttsu\ttsu\ttsu\tte\tte\tte\tte\tte\tte\tte\tte\tte\tto\tto" +
  "\tto\tto\tto\tto\tto\tna\tna\tna\tna\tna\tna\tna\tna\tna\tni\tni\tni\tni\tni\tni\tni\tni\tnu\tnu\tnu" +
  "\tne\tne\tne\tne\tne\tne\tne\tno\tno\tno\tno\tno\tha\tha\tha\tha\tha\tha\tha\tha\tha\tha\tha\thi\thi" +
  "\thi\thi\thi\thi\thi\tfu\tfu\tfu\the\the\the\the\the\the\the\tho\tho\tho\tho\tho\tho\tho\tho\tma\tma" +
  "\tma\tma\tma\tma\tma\tmi\tmi\tmi\tmi\tmi\tmi\tmi\tmu\tmu\tmu\tmu\tme\tme\tme\tmo\tmo\tmo\tmo\tmo\tmo" +
  "\tya\tya\tya\tya\tya\tya\tyu\tyu\tyu\tyu\tyo\tyo\tyo\tyo\tyo\tyo\tra\tra\tra\tra\tri\tri\tri\tri\tri" +
  "\tri\tri\tru\tru\tru\tru\tru\tru\tre\tre\tre\tre\tro\tro\tro\tro\tro\tro\twa\twa\twa\twa\twa\ti\ti\t" +
  "i\ti\ti\te\te\te\te\to\to\to\to\to\to\to\tn\tn\twu\tyi\tye\twu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tko\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ti\te\to\t\x7f\t\x7f\tko\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ti\te\to\tn\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\ti\tna\ttsha\tie\tpoe\tswe\tphiu\tu\tcya\ttie\tnjie\ttoe\ttchye\tfwe\tliu\tsiu\tthu\tnjyu\tvai\tkai" +
  "\tkhau\tkou\ttciou\tliang\tciang\ttsheng\tsong\tma\tfa\tla\tthoe\ttsoe\tfwe\ttswe\tti\tci\tfu\tfu\tf" +
  "u\ttcyu\ttcyu\tfai\thau\tlou\tliou\ttciou\tciou\ttchyn\tfang\tvang\tsang\tkhang\ttheng\tneng\tpiong" +
  "\tiong\tva\tkhua\ttchya\tnie\tlie\ttcie\ttchie\tnjie\tnjie\tie\tie\tmwe\tvwe\tvwe\ttwe\ttswe\tswe\ts" +
  "we\ttci\tci\ti\tliu\tnjiu\tciu\tmu\tyu\ttchy\tnjy\ty\tpai\tpai\tlai\tai\thau\ttou\tliou\tiou\ttsew\t" +
  "tsew\tsuow\thuow\thuow\tnguw\tmang\tthang\tkang\tliang\ttciang\tnjiang\tpeng\tseng\tpiong\ttshiong\t" +
  "tcing\tpa\tla\tsie\ttcie\tie\tpoe\tloe\ttsoe\tsoe\tkoe\tkhuoe\tye\tpwe\tpwe\ttchi\ttsiu\tfu\tvu\tkhu" +
  "\thu\tpw\tfw\tsw\tkw\thw\tmai\tthai\tsai\tsai\tthau\tlau\tlau\tnw\tkou\tciou\tlew\tsew\tthuow\tuow\t" +
  "kuw\ttcyn\tyn\tvang\ttsang\tsang\tkhang\ttciang\tiang\tteng\tneng\tpiong\tmiong\tciong\tciong\tnjing" +
  "\tng\ttsa\tsa\tkua\tkua\tcya\tcie\tphoe\tfoe\tloe\ttshoe\ttshoe\toe\ttchye\tfwe\ttswe\tni\ttshi\ttsh" +
  "i\tsi\tfu\tang\ttchyu\tcyu\tphw\tfai\ttsai\tlou\ttsou\tpiou\tmiou\ttchiou\tnjiou\tiou\tnuow\tkuow\th" +
  "uow\tpang\tngu\ttsiang\ttsiang\tciang\tiang\tliong\ttshiong\tciong\tcing\tla\tcya\tpoe\tthoe\tnoe\tt" +
  "shoe\tkue\ttsiou\tkue\tye\tpwe\tvwe\tthi\ttsi\ttsi\ttci\ttci\ttshiu\tpu\ttsu\tku\ttcyu\tnjyu\ttchy\t" +
  "pw\thw\tphai\tmai\tlai\tsai\thai\tmau\ttshau\thau\tkou\tou\tkue\ttshiou\tsiou\ttciou\tciou\tthuow\tf" +
  "ang\tvang\tlang\ttshang\tkhang\tkhang\tliang\tsiang\tciang\tciang\tneng\tleng\tnong\tlong\tliong\tts" +
  "iong\tsiong\ttcing\ttcing\tcing\ting\tng\tva\tsa\tlie\ttshie\tsie\tie\tmoe\tloe\ttchye\tcye\tpi\tti" +
  "\ttci\ttsiu\tpu\tfu\tthu\thu\ttcy\tcy\tpw\tkhw\tlai\tsai\tsau\ttsou\tngou\ttsiou\tnjiou\tciou\tiou\t" +
  "yn\ttang\tlang\tkang\thang\thang\tsiang\ttciang\tiang\tmeng\ttsiong\tsiong\ttchiong\tpa\ttshie\tsie" +
  "\ttsoe\tkoe\ttcye\ttcye\tpwe\tswe\tti\ti\ttciu\tciu\ttsu\ttshu\tku\tlw\tmai\tkau\tthou\thou\tpang\tf" +
  "ang\ttang\tlang\tmeng\tteng\ttseng\tcing\ting\ttsa\ttsie\tcie\tmoe\tli\ttsi\ttci\ti\tmu\tlu\thu\tcyu" +
  "\thw\ttau\tsiou\tlew\ttshew\tyn\ttong\tie\tvoe\ttswe\ti\ttu\tlu\tlou\ttsou\ttsuow\tmang\ttciang\ttch" +
  "iang\ttciong\ttsie\tmoe\tku\tcyu\tpw\ttsiang\ttshai\tnguow\tnong\tfu\tku\tfang\ttcye\tfi\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\th\tx\tp\tt\tf\tk\tl\tb" +
  "\td\tv\tg\tr\tpn\tds\tfn\tkm\trs\tth\tdh\tdh\tkk\tj\thl\tlh\trh\tm\tn\tj\ts\tmn\tnm\tjm\tsj\tm\tng\t" +
  "zh\tj\tz\ts\tms\tns\tjs\tss\tmns\tnms\tjms\tsjs\tch\tjn\tjns\tst\tstr\tsp\tspr\tts\ttrs\tw\twh\twr\t" +
  "sn\tsm\tkrs\tgrs\tsk\tskr\ta\tow\toa\to\taou\ti\te\tie\ti\tui\tee\teh\ti\tee\ti\tye\tu\teu\txw\tun\t" +
  "u\tu\tuh\tu\tooh\tow\tou\twa\two\twi\twei\twow\tu\to\ti\ta\tan\tam\ten\tan\ton\tm\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t'\t\x7f\t\x7f\t\x7f\t'\t'\t`\t`\t'\t'\t'\t'\t'\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t'\t'\t`\t`\t'\t'\t'\t'\t'\t'\t\x7f\t\x7f\t+\tr\t-\t.\t\t\t" +
  "\t\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tA\tB\tC\tD\tE\tF\tG\tH\tI\tJ\tK\tL\tM\tN\tO\tP\tQ\tR\tS\tT\tU\tV\tW\tX" +
  "\tY\tZ\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-" +
  "\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-" +
  "\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-" +
  "\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-" +
  "\t-\t-\t-\t-\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t-\t-\t-\t-\t-\t-\t-\t-" +
  "\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-" +
  "\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-" +
  "\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-" +
  "\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-" +
  "\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-" +
  "\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-" +
  "\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-" +
  "\t-\t-\t-\t-\t-\t-\t-\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t|\t|\t|\t|\t|\t|" +
  "\t|\t|\t\x7f\tD.S.\tD.C.\tS\t*\t/\t%\t%%\t^\t^\t'\t//\t{\t[\t#\t#\t#\t#\t#\t#\t#\t#\tG\t8G\tG8\tC\tF" +
  "\t8F\tF8\tN\tN\t\x7f\t\x7f\t-\t##\tbb\tb\tb\t#\t#\t#\t#\t#\tb\t44\t22\t8va\t8vb\t15ma\t15mb\t-\t-\t-" +
  "\t-\t-\t-\t-\t-\t-\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t.\t#\t#" +
  "\t#\t#\t#\t#\t#\t#\t#\t \t \t\t\t\t/\t//\t///\t.\t \t \t \t \t \t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t~\t" +
  "~\t\t\t\t\t\t\t\tr\ts\tz\tp\tm\tf\t<\t>\t*\t*\ttr\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\tHT\t" +
  "NT\tT\t*\t\t\t\t\tPed.\t*\t^\t/\t\\\t*\t*\t*\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t-\t-\t-\t-\t-\t-\t*\t" +
  "*\t*\t*\t*\t*\t*\t*\t*\tC\tF\tb\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\tC\t&\t#\t#\t#\t#\t#\t#\t#\t#\tb\t#" +
  "\tb\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\t15\t16\t17\t18\t19\t2" +
  "0\t21\t22\t23\t24\t50\t51\t52\t53\t54\t1\t2\t4\t5\t7\t8\t11\t12\t13\t14\t17\t18\t19\t23\t24\t25\t26" +
  "\t27\t29\t30\t32\t36\t37\t38\t39\t40\t42\t43\t45\t47\t48\t49\t50\t51\t52\t53\t54\t3\t4\t5\t-\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\t15\t16\t17\t18\t19" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8" +
  "\t9\t10\t11\t12\t13\t14\t15\t16\t17\t18\t19\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tRen\tTianRen\tDiRen\tRenTian\tRenDi\tRenRen\tZhong\tZhou\tXian\tXian\tShao\tLi\tSh" +
  "ang\tGan\tShu\tXian\tCha\tTong\tZeng\tRui\tDa\tJiao\tRuan\tXi\tCong\tJin\tShi\tGe\tYi\tLe\tZheng\tWu" +
  "\tShi\tGeng\tDuan\tYi\tZhuang\tZhong\tMi\tQin\tLian\tQiang\tSui\tSheng\tJu\tFa\tYing\tYing\tYu\tZao" +
  "\tDa\tKuo\tWen\tLi\tTao\tTang\tChang\tDu\tYong\tKun\tJian\tJin\tShou\tXi\tJu\tJi\tShi\tYi\tShi\tChen" +
  "\tNei\tQu\tHui\tMeng\tQiong\tGe\tZhi\tJian\tCheng\tZhi\tShi\tJu\tXun\tJiang\tNan\tQin\tYang\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t1\t2\t3\t4\t5\t6\t7\t8\t9\t1\t2\t3\t4\t5\t6\t7\t8\t9" +
  "\t1\t2\t3\t4\t5\t1\t5\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tA\tB\tC\tD\tE\tF\tG\tH\tI\tJ\tK\tL\tM\tN\tO\tP\tQ\tR\tS\tT" +
  "\tU\tV\tW\tX\tY\tZ\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn\to\tp\tq\tr\ts\tt\tu\tv\tw\tx\ty\tz\tA" +
  "\tB\tC\tD\tE\tF\tG\tH\tI\tJ\tK\tL\tM\tN\tO\tP\tQ\tR\tS\tT\tU\tV\tW\tX\tY\tZ\ta\tb\tc\td\te\tf\tg\t" +
  "\x7f\ti\tj\tk\tl\tm\tn\to\tp\tq\tr\ts\tt\tu\tv\tw\tx\ty\tz\tA\tB\tC\tD\tE\tF\tG\tH\tI\tJ\tK\tL\tM\tN" +
  "\tO\tP\tQ\tR\tS\tT\tU\tV\tW\tX\tY\tZ\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn\to\tp\tq\tr\ts\tt\tu" +
  "\tv\tw\tx\ty\tz\tA\t\x7f\tC\tD\t\x7f\t\x7f\tG\t\x7f\t\x7f\tJ\tK\t\x7f\t\x7f\tN\tO\tP\tQ\t\x7f\tS\tT" +
  "\tU\tV\tW\tX\tY\tZ\ta\tb\tc\td\t\x7f\tf\t\x7f\th\ti\tj\tk\tl\tm\tn\t\x7f\tp\tq\tr\ts\tt\tu\tv\tw\tx" +
  "\ty\tz\tA\tB\tC\tD\tE\tF\tG\tH\tI\tJ\tK\tL\tM\tN\tO\tP\tQ\tR\tS\tT\tU\tV\tW\tX\tY\tZ\ta\tb\tc\td\te" +
  "\tf\tg\th\ti\tj\tk\tl\tm\tn\to\tp\tq\tr\ts\tt\tu\tv\tw\tx\ty\tz\tA\tB\t\x7f\tD\tE\tF\tG\t\x7f\t\x7f" +
  "\tJ\tK\tL\tM\tN\tO\tP\tQ\t\x7f\tS\tT\tU\tV\tW\tX\tY\t\x7f\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn" +
  "\to\tp\tq\tr\ts\tt\tu\tv\tw\tx\ty\tz\tA\tB\t\x7f\tD\tE\tF\tG\t\x7f\tI\tJ\tK\tL\tM\t\x7f\tO\t\x7f\t" +
  "\x7f\t\x7f\tS\tT\tU\tV\tW\tX\tY\t\x7f\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn\to\tp\tq\tr\ts\tt\tu" +
  "\tv\tw\tx\ty\tz\tA\tB\tC\tD\tE\tF\tG\tH\tI\tJ\tK\tL\tM\tN\tO\tP\tQ\tR\tS\tT\tU\tV\tW\tX\tY\tZ\ta\tb" +
  "\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn\to\tp\tq\tr\ts\tt\tu\tv\tw\tx\ty\tz\tA\tB\tC\tD\tE\tF\tG\tH\tI" +
  "\tJ\tK\tL\tM\tN\tO\tP\tQ\tR\tS\tT\tU\tV\tW\tX\tY\tZ\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn\to\tp" +
  "\tq\tr\ts\tt\tu\tv\tw\tx\ty\tz\tA\tB\tC\tD\tE\tF\tG\tH\tI\tJ\tK\tL\tM\tN\tO\tP\tQ\tR\tS\tT\tU\tV\tW" +
  "\tX\tY\tZ\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn\to\tp\tq\tr\ts\tt\tu\tv\tw\tx\ty\tz\tA\tB\tC\tD" +
  "\tE\tF\tG\tH\tI\tJ\tK\tL\tM\tN\tO\tP\tQ\tR\tS\tT\tU\tV\tW\tX\tY\tZ\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk" +
  "\tl\tm\tn\to\tp\tq\tr\ts\tt\tu\tv\tw\tx\ty\tz\tA\tB\tC\tD\tE\tF\tG\tH\tI\tJ\tK\tL\tM\tN\tO\tP\tQ\tR" +
  "\tS\tT\tU\tV\tW\tX\tY\tZ\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk\tl\tm\tn\to\tp\tq\tr\ts\tt\tu\tv\tw\tx\ty" +
  "\tz\tA\tB\tC\tD\tE\tF\tG\tH\tI\tJ\tK\tL\tM\tN\tO\tP\tQ\tR\tS\tT\tU\tV\tW\tX\tY\tZ\ta\tb\tc\td\te\tf" +
  "\tg\th\ti\tj\tk\tl\tm\tn\to\tp\tq\tr\ts\tt\tu\tv\tw\tx\ty\tz\ti\tj\t\x7f\t\x7f\tA\tB\tG\tD\tE\tZ\tE" +
  "\tTh\tI\tK\tL\tM\tN\tX\tO\tP\tR\tTh\tS\tT\tY\tPh\tCh\tPs\tO\tD\ta\tb\tg\td\te\tz\te\tth\ti\tk\tl\tm" +
  "\tn\tx\to\tp\tr\ts\ts\tt\ty\tph\tch\tps\to\td\te\tth\tk\tph\tr\tp\tA\tB\tG\tD\tE\tZ\tE\tTh\tI\tK\tL" +
  "\tM\tN\tX\tO\tP\tR\tTh\tS\tT\tY\tPh\tCh\tPs\tO\tD\ta\tb\tg\td\te\tz\te\tth\ti\tk\tl\tm\tn\tx\to\tp\t" +
  "r\ts\ts\tt\ty\tph\tch\tps\to\td\te\tth\tk\tph\tr\tp\tA\tB\tG\tD\tE\tZ\tE\tTh\tI\tK\tL\tM\tN\tX\tO\tP" +
  "\tR\tTh\tS\tT\tY\tPh\tCh\tPs\tO\tD\ta\tb\tg\td\te\tz\te\tth\ti\tk\tl\tm\tn\tx\to\tp\tr\ts\ts\tt\ty\t" +
  "ph\tch\tps\to\td\te\tth\tk\tph\tr\tp\tA\tB\tG\tD\tE\tZ\tE\tTh\tI\tK\tL\tM\tN\tX\tO\tP\tR\tTh\tS\tT\t" +
  "Y\tPh\tCh\tPs\tO\tD\ta\tb\tg\td\te\tz\te\tth\ti\tk\tl\tm\tn\tx\to\tp\tr\ts\ts\tt\ty\tph\tch\tps\to\t" +
  "d\te\tth\tk\tph\tr\tp\tA\tB\tG\tD\tE\tZ\tE\tTh\tI\tK\tL\tM\tN\tX\tO\tP\tR\tTh\tS\tT\tY\tPh\tCh\tPs\t" +
  "O\tD\ta\tb\tg\td\te\tz\te\tth\ti\tk\tl\tm\tn\tx\to\tp\tr\ts\ts\tt\ty\tph\tch\tps\to\td\te\tth\tk\tph" +
  "\tr\tp\tW\tw\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t0\t1\t2\t3\t4" +
  "\t5\t6\t7\t8\t9\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\t\t\t\t\t\t\t\t\t\t" +
  "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t" +
  "\t\t\t\t\t\t\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\t\x7f\t\x7f\t_\t_\t_\t_\t_\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\t\t\t\t\t\x7f\t\t\t\t\t\t\t\t\t" +
  "\t\t\t\t\t\t\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tfng\tg\tg\tk\tl\tlzh\ty\tng\tr\tt\tq\tqc\tqc\tt\tx\tq\tk\tl\tdzh\tl\tng\tr\tr\ttsh\tzh\tdzh\ti" +
  "\to\ttsh\tc\ts\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\td\tl\tn\tr\ts\tt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\tb\tv\tg\td\te\tzh\t\x7f\tz\ti\tj\ti\t" +
  "g\tk\tl\tm\tn\to\tp\tr\ts\tt\tu\tf\th\t\x7f\t\x7f\tsht\tc\tch\tsh\tu\ti\te\t\x7f\tju\te\t\x7f\tjo\tj" +
  "e\to\tjo\tth\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\tb\tv\tg\td\te\tzh\tz\ti\tk\tl\tm\to\tp\tr\ts\tt\tu\tf" +
  "\tkh\tts\tch\tsh\ty\te\tyu\tdz\ta\ti\tj\to\tu\th\ta\tb\tv\tg\td\te\tzh\tz\ti\tk\tl\to\tp\ts\tu\tf\tk" +
  "h\tts\tch\tsh\t'\ty\tg\ti\tdz\tdzh\ts\ty\tu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ti\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\tm\tts\tnt\tt\th\tn\tx\tnk\tc\tl\ts\tz\tnc\tnts\tk\td\tny\tnr\tv\tntx\ttx\t" +
  "f\tr\tq\ty\tnq\tp\txy\tnp\tdl\tnpl\t'\tml\tpl\tg\tr\ta\taa\ti\tu\to\too\te\tee\tw\t\x7f\t\x7f\t\x7f" +
  "\tb\tm\tj\tv\ts\tg\td\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t-\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8" +
  "\t9\t\x7f\t\x7f\t\x7f\t\x7f\t$\t@\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tp\tb\tt\td\tk\tg\tm\tn\tng" +
  "\ts\tch\ty\tw\tj\th\tr\tl\ti\tih\tiu\tiuh\tu\te\teh\teo\teoh\to\tae\taeh\ta\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\taa\ta\tb\tc\td" +
  "\tg\ty\tph\tl\tn\tp\tt\tth\tf\ts\tsh\tj\tz\tw\tv\tk\to\tau\tr\tm\tkh\th\te\ti\tng\tu\tlh\tts\ttr\ton" +
  "g\taang\tang\ting\ton\ten\taan\tny\tuen\tx\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tRs\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\to\tp\tl\ty\tm\ta\tj\tb\tn\th\ti\ts\td\tt\th\tu\tc\td\tk" +
  "\tr\te\tn\tg\tm\tn\tt\tl\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\thye\thyu\thyi\th" +
  "ya\thye\thy\thyo\t\x7f\thwe\thwi\thwe\thwi\t\x7f\tmwi\tmwe\t\x7f\tk'wi\tk'we\tk'wi\tbwi\tbwe\tkwi\tk" +
  "we\tkwi\tgwi\tgwe\tgwi\tfwi\tfwe\tpwi\tpwe\t\x7f\tki\tka\tku\tke\tke\tko\tko\tkua\twi\twa\twu\twe\tw" +
  "e\two\two\twui\twei\twvi\twva\twve\tmi\tma\tmu\tme\tmo\tmua\tmue\tbi\tba\tbu\tbe\tbe\tbo\tbo\ti\ta\t" +
  "u\te\te\to\to\tei\ti\ti\ta\te\tsi\tsa\tsu\tse\tse\tso\tso\tsia\tli\tla\tlu\tle\tle\tlo\tlo\tlee\tdi" +
  "\tda\tdu\tde\tdo\tdo\tti\tta\ttu\tte\tte\tto\tto\tji\tja\tju\tje\tje\tjo\tjo\tjoo\tyi\tya\tyu\tye\ty" +
  "e\tyo\tyo\tfi\tfa\tfu\tfe\tfe\tfo\tfo\tfua\tfa\tni\tna\tnu\tne\tno\thi\tha\thu\the\the\tho\tho\thei" +
  "\thou\thi\tha\thu\the\tho\thua\tnggi\tngga\tnggu\tngge\tngge\tnggo\tnggo\tnggaa\tnggua\tnggee\tnggoo" +
  "\tnggoo\tgi\tga\tgu\tge\tguei\tgua\tnge\tngo\tngua\tpi\tpa\tpu\tpe\tpe\tpo\tpo\tmbi\tmba\tmbu\tmbe\t" +
  "mbe\tmbe\tmbo\tmbo\tmbuu\tmbee\tmboo\tmboo\tkpi\tkpa\tkpu\tkpe\tkpe\tkpo\tkpo\tgbi\tgba\tgbu\tgbe\tg" +
  "be\tgbo\tgbo\tra\tndi\tnda\tndu\tnde\tnde\tndo\tndo\tnja\tnju\tnje\tnjo\tvi\tva\tvu\tve\tve\tvo\tvo" +
  "\tnyi\tnya\tnyu\tnye\tnyo\t\x7f\t\x7f\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\t\t\t\t\t\t\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tA\tD\tL\tM\tB\tS\tP\tBh\tR\tE\tF\tI\tO\tDh\tYh\tW\tN\tK\tY\tU\tJ\tC\tH" +
  "\tQ\tG\tNy\tT\tNh\tV\tX\tGb\tZ\tKp\tSh\ta\td\tl\tm\tb\ts\tp\tbh\tr\te\tf\ti\to\tdh\tyh\tw\tn\tk\ty\t" +
  "u\tj\tc\th\tq\tg\tny\tt\tnh\tv\tx\tgb\tz\tkp\tsh\t\t\t\t'\t\t\t\t'\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2" +
  "\t3\t4\t5\t6\t7\t8\t9\t\x7f\t\x7f\t\x7f\t\x7f\t!\t?\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t20\t30\t40\t50\t60\t70\t80\t90\t100\t200\t300\t400\t500\t" +
  "600\t700\t800\t900\t1000\t2000\t3000\t4000\t5000\t6000\t7000\t8000\t9000\t10000\t20000\t30000\t40000" +
  "\t50000\t60000\t70000\t80000\t90000\t1L\t2L\tL\tcr\t2cr\t1\t2\t3\t4\t5\t6\t7\t8\t9\t-\t1/4\t1/2\t3/4" +
  "\tRs\t1\t2\t10000\tL\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t1\t2\t3\t4\t5\t6\t7" +
  "\t8\t9\t10\t20\t30\t40\t50\t60\t70\t80\t90\t100\t200\t300\t400\t500\t600\t700\t800\t900\t1000\t2000" +
  "\t3000\t4000\t5000\t6000\t7000\t8000\t9000\t10000\t20000\t30000\t40000\t50000\t60000\t70000\t80000\t" +
  "90000\t*\t2\t3\t4\t5\t6\t7\t8\t9\t10\t400\t600\t2000\t10000\t1/2\t1/6\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\ta\tb\tj\td\t\x7f\tw\tz\th\tt\ty\tk\tl\tm\tn\ts\t`\tf" +
  "\ts\tq\tr\tsh\tt\tth\tkh\tdh\td\tdh\tgh\tb\tn\tf\tq\t\x7f\tb\tj\t\x7f\th\t\x7f\t\x7f\th\t\x7f\ty\tk" +
  "\tl\tm\tn\ts\t`\tf\ts\tq\t\x7f\tsh\tt\tth\tkh\t\x7f\td\t\x7f\tgh\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\tj\t\x7f\t\x7f\t\x7f\t\x7f\th\t\x7f\ty\t\x7f\tl\t\x7f\tn\ts\t`\t\x7f\ts\tq\t\x7f\tsh\t\x7f\t\x7f\tk" +
  "h\t\x7f\td\t\x7f\tgh\t\x7f\tn\t\x7f\tq\t\x7f\tb\tj\t\x7f\th\t\x7f\t\x7f\th\tt\ty\tk\t\x7f\tm\tn\ts\t" +
  "`\tf\ts\tq\t\x7f\tsh\tt\tth\tkh\t\x7f\td\tdh\tgh\tb\t\x7f\tf\t\x7f\ta\tb\tj\td\th\tw\tz\th\tt\ty\t" +
  "\x7f\tl\tm\tn\ts\t`\tf\ts\tq\tr\tsh\tt\tth\tkh\tdh\td\tdh\tgh\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tb\tj\td" +
  "\t\x7f\tw\tz\th\tt\ty\t\x7f\tl\tm\tn\ts\t`\tf\ts\tq\tr\tsh\tt\tth\tkh\tdh\td\tdh\tgh\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\tmh\thd\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t1z\t2z\t3z\t4z\tmahjong \t6z\t5z\t1m\t2m\t3m\t4m\t5m\t6m" +
  "\t7m\t8m\t9m\t1s\t2s\t3s\t4s\t5s\t6s\t7s\t8s\t9s\t1p\t2p\t3p\t4p\t5p\t6p\t7p\t8p\t9p\t1b\t2b\t4b\t3b" +
  "\t5b\t6b\t7b\t8b\tj\t-\t\x7f\t\x7f\t\x7f\t\x7f\t-\t00\t01\t02\t03\t04\t05\t06\t10\t11\t12\t13\t14\t1" +
  "5\t16\t20\t21\t22\t23\t24\t25\t26\t30\t31\t32\t33\t34\t35\t36\t40\t41\t42\t43\t44\t45\t46\t50\t51\t5" +
  "2\t53\t54\t55\t56\t60\t61\t62\t63\t64\t65\t66\t-\t00\t01\t02\t03\t04\t05\t06\t10\t11\t12\t13\t14\t15" +
  "\t16\t20\t21\t22\t23\t24\t25\t26\t30\t31\t32\t33\t34\t35\t36\t40\t41\t42\t43\t44\t45\t46\t50\t51\t52" +
  "\t53\t54\t55\t56\t60\t61\t62\t63\t64\t65\t66\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t-\tAs\t2s\t3s\t4s\t5s\t6s\t7s\t8s\t9s\tTs\tJs\tNs\tQs\tKs\t\x7f\t\x7f\tAh\t2h\t3h" +
  "\t4h\t5h\t6h\t7h\t8h\t9h\tTh\tJh\tNh\tQh\tKh\t0\t\x7f\tAd\t2d\t3d\t4d\t5d\t6d\t7d\t8d\t9d\tTd\tJd\tN" +
  "d\tQd\tKd\tblack joker \t\x7f\tAc\t2c\t3c\t4c\t5c\t6c\t7c\t8c\t9c\tTc\tJc\tNc\tQc\tKc\t0\t0\t1\t2\t3" +
  "\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\t15\t16\t17\t18\t19\t20\t21\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0.\t0,\t1,\t2,\t3,\t4,\t5,\t6,\t7,\t8,\t9,\t0\t0\tCC0\tShareAlike\tNon" +
  "Commercial\t(A)\t(B)\t(C)\t(D)\t(E)\t(F)\t(G)\t(H)\t(I)\t(J)\t(K)\t(L)\t(M)\t(N)\t(O)\t(P)\t(Q)\t(R)" +
  "\t(S)\t(T)\t(U)\t(V)\t(W)\t(X)\t(Y)\t(Z)\t[S]\tC\tR\tCD\tWZ\tcopyleft \tA\tB\tC\tD\tE\tF\tG\tH\tI\tJ" +
  "\tK\tL\tM\tN\tO\tP\tQ\tR\tS\tT\tU\tV\tW\tX\tY\tZ\tHV\tMV\tSD\tSS\tPPV\tWC\tA\tB\tC\tD\tE\tF\tG\tH\tI" +
  "\tJ\tK\tL\tM\tN\tO\tP\tQ\tR\tS\tT\tU\tV\tW\tX\tY\tZ\tMC\tMD\tMR\tCreativeCommons\tPublicDomain\tAttr" +
  "ibution\tA\tB\tC\tD\tE\tF\tG\tH\tI\tJ\tK\tL\tM\tN\tO\tP\tQ\tR\tS\tT\tU\tV\tW\tX\tY\tZ\tPX\tIC\tPA\tS" +
  "A\tab \tWC\tDJ\tcl \tcool \tfree \tid \tnew \tng \tok \tsos \tup \tvs \t3D\t2ndScr\t2K\t4K\t8K\t5.1" +
  "\t7.1\t22.2\t60P\t120P\td\tHC\tHDR\tHi-Res\tLossless\tSHV\tUHD\tVOD\t*M*\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\tA\tB\tC\tD\tE\tF\tG\tH\tI\tJ\tK\tL\tM\tN\tO\tP\tQ\tR\tS\tT\tU\tV\tW\tX\tY\tZ\thoka\tko" +
  "ko \tSA \t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tShou\tZi\tSh" +
  "uang\tde\tEr\tDuo\tJie\tTian\tJiao\tYing\tNone\tLiao\tQian\tHou\tZai\tXin\tChu\tZhong\tSheng\tFan\tS" +
  "heng\tChui\tYan\tTou\tBu\tYi\tSan\tYou\tZuo\tZhong\tYou\tu6307 \tZou\tDa\tu7981 \tu7a7a \tPass\tFull" +
  "\tu6709 \tMonth\tu7533 \tu5272 \tOpen\tPei\t\x7f\t\x7f\t\x7f\t\x7f\t[Ben]\t[San]\t[Er]\t[An]\t[Dian]" +
  "\t[Da]\t[Dao]\t[Sheng]\t[Bai]\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tideograph advantage \taccep" +
  "t \t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tFu\tLu\tShou" +
  "\tXi\tShuangxi\tCai\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tcyclone \tfoggy \tclosed umbrella \tnight with" +
  " stars \tsunrise over mountains \tsunrise \tcity sunset \tcity sunset \trainbow \tbridge at night \t" +
  "ocean \tvolcano \tmilky way \tearth africa \tearth americas \tearth asia \tglobe with meridians \tne" +
  "w moon \twaxing crescent moon \tfirst quarter moon \tmoon \tfull moon \twaning gibbous moon \tlast q" +
  "uarter moon \twaning crescent moon \tcrescent moon \tnew moon with face \tfirst quarter moon with fa" +
  "ce \tlast quarter moon with face \tfull moon with face \tsun with face \t*\tstars \tthermometer \t*" +
  "\t*\twhite sun small cloud \twhite sun cloud \twhite sun rain cloud \tcloud rain \tcloud snow \tclou" +
  "d lightning \ttornado \tfog \twind blowing face \thotdog \ttaco \tburrito \tchestnut \tseedling \tev" +
  "ergreen tree \tdeciduous tree \tpalm tree \tcactus \thot pepper \ttulip \tcherry blossom \trose \thi" +
  "biscus \tsunflower \tblossom \tcorn \tear of rice \therb \tfour leaf clover \tmaple leaf \tfallen le" +
  "af \tleaves \tmushroom \ttomato \teggplant \tgrapes \tmelon \twatermelon \torange \tlemon \tbanana " +
  "\tpineapple \tapple \tgreen apple \tpear \tpeach \tcherries \tstrawberry \thamburger \tpizza \tmeat " +
  "on bone \tpoultry leg \trice cracker \trice ball \trice \tcurry \tramen \tspaghetti \tbread \tfries " +
  "\tsweet potato \tdango \toden \tsushi \tfried shrimp \tfish cake \ticecream \tshaved ice \tice cream" +
  " \tdoughnut \tcookie \tchocolate bar \tcandy \tlollipop \tcustard \thoney pot \tcake \tbento \tstew " +
  "\tfried egg \tfork and knife \ttea \tsake \twine glass \tcocktail \ttropical drink \tbeer \tbeers \t" +
  "baby bottle \tfork knife plate \tchampagne \tpopcorn \tribbon \tgift \tbirthday \tjack o lantern \tc" +
  "hristmas tree \tsanta \tfireworks \tsparkler \tballoon \ttada \tconfetti ball \ttanabata tree \tcros" +
  "sed flags \tbamboo \tdolls \tflags \twind chime \trice scene \tschool satchel \tmortar board \t*\t*" +
  "\tmilitary medal \treminder ribbon \t*\tmicrophone \tlevel slider \tcontrol knobs \t#\t#\tfilm frame" +
  "s \tticket \tcarousel horse \tferris wheel \troller coaster \tfishing pole and fish \tmicrophone \tm" +
  "ovie camera \tcinema \theadphones \tart \ttophat \tcircus tent \tticket \tclapper \tperforming arts " +
  "\tvideo game \tdart \tslot machine \t8ball \tgame die \tbowling \tflower playing cards \tmusical not" +
  "e \tnotes \tsaxophone \tguitar \tmusical keyboard \ttrumpet \tviolin \tmusical score \trunning shirt" +
  " with sash \ttennis \tski \tbasketball \tcheckered flag \tsnowboarder \trunner \tsurfer \tmedal \ttr" +
  "ophy \thorse racing \tfootball \trugby football \tswimmer \tweightlifter \tgolfer \tmotorcycle \trac" +
  "ecar \tcricket game \tvolleyball \tfield hockey \tice hockey \tping pong \tmountain snow \tcamping " +
  "\tbeach \tconstruction site \thouses \tcityscape \thouse abandoned \tclassical building \tdesert \ti" +
  "sland \tpark \tstadium \thouse \thouse with garden \toffice \tpost office \teuropean post office \th" +
  "ospital \tbank \tatm \thotel \tlove hotel \tconvenience store \tschool \tdepartment store \tfactory " +
  "\tlantern \tjapanese castle \teuropean castle \t*\t*\tflag white \tblack flag \trosette \t*\tlabel " +
  "\tbadminton \tbow and arrow \tamphora \t\t\t\t\t\trat \tmouse2 \tox \twater buffalo \tcow2 \ttiger2 " +
  "\tleopard \trabbit2 \tcat2 \tdragon \tcrocodile \twhale2 \tsnail \tsnake \tracehorse \tram \tgoat \t" +
  "sheep \tmonkey \trooster \tchicken \tdog2 \tpig2 \tboar \telephant \toctopus \tshell \tbug \tant \tb" +
  "ee \tbeetle \tfish \ttropical fish \tblowfish \tturtle \thatching chick \tbaby chick \thatched chick" +
  " \tbird \tpenguin \tkoala \tpoodle \tdromedary camel \tcamel \tdolphin \tmouse \tcow \ttiger \trabbi" +
  "t \tcat \tdragon face \twhale \thorse \tmonkey face \tdog \tpig \tfrog \thamster \twolf \tbear \tpan" +
  "da face \tpig nose \tfeet \tchipmunk \teyes \teye \tear \tnose \tlips \ttongue \tpoint up 2 \tpoint " +
  "down \tpoint left \tpoint right \tpunch \twave \tok hand \t+1 \t-1 \tclap \topen hands \tcrown \twom" +
  "ans hat \teyeglasses \tnecktie \tshirt \tjeans \tdress \tkimono \tbikini \twomans clothes \tpurse \t" +
  "handbag \tpouch \tshoe \tathletic shoe \thigh heel \tsandal \tboot \tfootprints \tbust in silhouette" +
  " \tbusts in silhouette \tboy \tgirl \tman \twoman \tfamily \tcouple \ttwo men holding hands \ttwo wo" +
  "men holding hands \tcop \tdancers \tbride with veil \tblond haired person \tman with gua pi mao \tma" +
  "n with turban \tolder man \tolder woman \tbaby \tconstruction worker \tprincess \tjapanese ogre \tja" +
  "panese goblin \tghost \tangel \talien \tspace invader \timp \tskull \ttipping hand person \tguard \t" +
  "dancer \tlipstick \tnail care \tmassage \thaircut \tbarber \tsyringe \tpill \tkiss \tlove letter \tr" +
  "ing \tgem \tcouplekiss \tbouquet \tcouple with heart \twedding \theartbeat \tbroken heart \ttwo hear" +
  "ts \tsparkling heart \theartpulse \tcupid \tblue heart \tgreen heart \tyellow heart \tpurple heart " +
  "\tgift heart \trevolving hearts \theart decoration \tdiamond shape with a dot inside \tbulb \tanger " +
  "\tbomb \tzzz \tboom \tsweat drops \tdroplet \tdash \tpoop \tmuscle \tdizzy \tspeech balloon \tthough" +
  "t balloon \twhite flower \t100 \tmoneybag \tcurrency exchange \t$\tcredit card \tyen \t$$$\teuro \tp" +
  "ound \tmoney with wings \tchart \tseat \tcomputer \tbriefcase \tminidisc \tfloppy disk \tcd \tdvd \t" +
  "file folder \topen file folder \tpage with curl \tpage facing up \tdate \tcalendar \tcard index \tch" +
  "art with upwards trend \tchart with downwards trend \tbar chart \tclipboard \tpushpin \tround pushpi" +
  "n \tpaperclip \tstraight ruler \ttriangular ruler \tbookmark tabs \tledger \tnotebook \tnotebook wit" +
  "h decorative cover \tclosed book \tbook \tgreen book \tblue book \torange book \tbooks \tname badge " +
  "\tscroll \tmemo \ttelephone receiver \tpager \tfax \tsatellite \tloudspeaker \tmega \toutbox tray \t" +
  "inbox tray \tpackage \temail \tincoming envelope \tenvelope with arrow \tmailbox closed \tmailbox \t" +
  "mailbox with mail \tmailbox with no mail \tpostbox \tpostal horn \tnewspaper \tiphone \tcalling \tvi" +
  "bration mode \tmobile phone off \tno mobile phones \tsignal strength \tcamera \tcamera flash \tvideo" +
  " camera \ttv \tradio \tvhs \tprojector\t*\tprayer beads \ttwisted rightwards arrows \trepeat \trepea" +
  "t one \tarrows clockwise \tarrows counterclockwise \tlow brightness \thigh brightness \tmute \tspeak" +
  "er \tsound \tloud sound \tbattery \telectric plug \tmag \tmag right \tlock with ink pen \tclosed loc" +
  "k with key \tkey \tlock \tunlock \tbell \tno bell \tbookmark \tlink \tradio button \tback \tend \ton" +
  " \tsoon \ttop \tunderage \tkeycap ten \tcapital abcd \tabcd \t1234 \tsymbols \tabc \tfire \tflashlig" +
  "ht \twrench \thammer \tnut and bolt \thocho \tgun \tmicroscope \ttelescope \tcrystal ball \tsix poin" +
  "ted star \tbeginner \ttrident \tblack square button \twhite square button \tred circle \tblue circle" +
  " \tlarge orange diamond \tlarge blue diamond \tsmall orange diamond \tsmall blue diamond \tsmall red" +
  " triangle \tsmall red triangle down \tarrow up small \tarrow down small \t*\t*\t+\t+\t+\t*\t*\tM\t+" +
  "\t+\t+\tom symbol \tdove \tkaaba \tmosque \tsynagogue \tmenorah \tbowl of hygieia \tclock1 \tclock2 " +
  "\tclock3 \tclock4 \tclock5 \tclock6 \tclock7 \tclock8 \tclock9 \tclock10 \tclock11 \tclock12 \tclock" +
  "130 \tclock230 \tclock330 \tclock430 \tclock530 \tclock630 \tclock730 \tclock830 \tclock930 \tclock1" +
  "030 \tclock1130 \tclock1230 \tright speaker \t*\t*\t@\t@\t*\tbook \tcandle \tmantelpiece clock \tbla" +
  "ck skull and crossbones \tno piracy \thole \tman in suit \tdetective \tdark sunglasses \tspider \tsp" +
  "ider web \tjoystick \tman dancing \ttelephone \t@\t@\t@\t@\t@\t@\t@\t@\t@\t@\tpen envelope \tpapercl" +
  "ips \tblack pushpin \tpencil \tpen \tpen \tpaintbrush \tcrayon \twriting hand \tok hand sign \thand " +
  "splayed \t*\t^\tv\tV\tfu \tspock-hand \tv\t<\t>\t<\t>\t<\t>\t^\tv\t^\tv\t^\tv\tblack heart \tdesktop" +
  " \tkeyboard and mouse \tnetworked computers \tprinter \tcalculator \t*\t*\t*\t*\t*\t*\ttwo-button mo" +
  "use \tcomputer mouse \ttrackball \told pc \t*\t*\t*\t*\t*\t#\t#\tdocument \tframe photo \t#\t#\t#\t#" +
  "\t#\tdividers \tcard file box \tfile cabinet \t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\twastebasket \tnot" +
  "epad \tcalendar \tdesktop window \t*\t*\t*\t*\tX\taA\tAa\tcompression \tkey \tnewspaper \t#\tstocks " +
  "\tdagger \tlips \tspeaking head \tv\t^\t>\t<\tspeech left \t@\t@\t@\t@\t@\t@!\tanger right \t*\t*\t*" +
  "\tballot box \tx\tx\tx\tx\tv\tv\tmap \tmount fuji \ttokyo tower \tstatue of liberty \tjapan \tmoyai " +
  "\tgrinning \tgrin \tjoy \tsmiley \tsmile \tsweat smile \tlaughing \tinnocent \tsmiling imp \twink \t" +
  "blush \tyum \trelieved \theart eyes \tsunglasses \tsmirk \tneutral face \texpressionless \tunamused " +
  "\tsweat \tpensive \tconfused \tconfounded \tkissing \tkissing heart \tkissing smiling eyes \tkissing" +
  " closed eyes \tstuck out tongue \tstuck out tongue winking eye \tstuck out tongue closed eyes \tdisa" +
  "ppointed \tworried \tangry \trage \tcry \tpersevere \ttriumph \tdisappointed relieved \tfrowning \ta" +
  "nguished \tfearful \tweary \tsleepy \ttired face \tgrimacing \tsob \topen mouth \thushed \tcold swea" +
  "t \tscream \tastonished \tflushed \tsleeping \tdizzy face \tno mouth \tmask \tsmile cat \tjoy cat \t" +
  "smiley cat \theart eyes cat \tsmirk cat \tkissing cat \tpouting cat \tcrying cat face \tscream cat " +
  "\tslightly frowning face \tslight smile \tupside down \troll eyes \tno good \tok woman \tbow \tsee n" +
  "o evil \thear no evil \tspeak no evil \traising hand \traised hands \tfrowning person \tpouting face" +
  " \tpray \t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t#\t#\t#\t#\t-\t|\t" +
  "-\t|\t&\t&\t&\t&\t&\t&\t\"\t\"\t\"\t!?\t!?\t!?\t/\t\\\t/\t\\\trocket \thelicopter \tsteam locomotive" +
  " \trailway car \tbullettrain side \tbullettrain front \ttrain2 \tmetro \tlight rail \tstation \ttram" +
  " \ttrain \tbus \toncoming bus \ttrolleybus \tbusstop \tminibus \tambulance \tfire engine \tpolice ca" +
  "r \toncoming police car \ttaxi \toncoming taxi \tcar \toncoming automobile \tblue car \ttruck \tarti" +
  "culated lorry \ttractor \tmonorail \tmountain railway \tsuspension railway \tmountain cableway \taer" +
  "ial tramway \tship \trowboat \tspeedboat \ttraffic light \tvertical traffic light \tconstruction \tr" +
  "otating light \ttriangular flag on post \tdoor \tno entry sign \tsmoking \tno smoking \tput litter i" +
  "n its place \tdo not litter \tpotable water \tnon-potable water \tbike \tno bicycles \tbicyclist \tm" +
  "ountain bicyclist \twalking \tno pedestrians \tchildren crossing \tmens \twomens \trestroom \tbaby s" +
  "ymbol \ttoilet \twc \tshower \tbath \tbathtub \tpassport control \tcustoms \tbaggage claim \tleft lu" +
  "ggage \t^\tX\ti\tm\tgirls \tcouch \tsleeping bed \tshopping bags \tbellhop \tbed \tplace of worship " +
  "\tstop sign \tshopping cart \t^\tpagoda \thindu temple \thut \televator \t\x7f\t\x7f\t\x7f\t\x7f\twi" +
  "reless \tplayground slide \twheel \tring buoy \ttools \tshield \toil \tmotorway \trailway track \tmo" +
  "torboat \tmilitary airplane \t^\tairplane \tairplane \tairplane \tflight departure \tflight arrival " +
  "\t\x7f\t\x7f\t\x7f\tsatellite \t#\t#\tcruise ship \tscooter \tmotor scooter \tcanoe \tsled \tflying " +
  "saucer \tskateboard \tauto rickshaw \tpickup truck \troller skate \t\x7f\t\x7f\t\x7f\tQE\tA\tF\tE\tW" +
  "\tAF\tAR\tAR\tSV\tSV\t+\t+\t+\t*\t*\t*\t*\t*\t*\t*\ts\tn\tn\tv\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t" +
  "*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\tAs4S4\tAs4S4\t*\t*\t*\t*\t*\t*" +
  "\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\tE\t*\t*\t*\taaa\tSSS\t-SSS\t*\t*\t*\t*" +
  "\t*\t*\t*\tT\tT\tT\tT\tT\tA\tMB\tVB\tR\th\tn\tdn\tm\tdrss\tozss\t*\t*\t*\t\x7f\t\x7f\t\x7f\t\x7f\t*" +
  "\t*\t*\t*\t*\t<\t^\t>\tv\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t#\t#\t#\t#\t#\t#\t#\t#\t#\t*\t*\t*\t*\t*\t*" +
  "\t*\t*\t*\t*\t+\t+\t+\t+\t+\t+\t+\tx\tx\tx\tx\tx\tx\tx\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*" +
  "\t*\t*\t*\t*\t*\t*\t+\t+\t+\t+\t+\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\torange circle \tyellow circle \tgreen circle \tpurple circle \tbrown circle " +
  "\tred square \tblue square \torange square \tyellow square \tgreen square \tpurple square \tbrown sq" +
  "uare \t\x7f\t\x7f\t\x7f\t\x7f\t=\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t<\t^\t>\tv\t<\t^\t>\tv\t<\t^\t>\tv\t\x7f\t\x7f\t\x7f\t\x7f\t<\t^\t>\tv\t<\t^" +
  "\t>\tv\t<\t^\t>\tv\t<\t^\t>\tv\t<\t^\t>\tv\t<\t^\t>\tv\t<\t^\t>\tv\t<\t^\t>\tv\t<\t^\t>\tv\t<\t^\t>" +
  "\tv\t<\t^\t>\tv\t<\t^\t>\tv\t<\t^\t>\tv\t<\t^\t>\tv\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t<\t^\t>\tv\t\\\t/\t\\\t/\t-\t|\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t<\t^\t>\tv\t\\\t/\t\\\t/\t<\t^" +
  "\t>\tv\t\\\t/\t\\\t/\t<\t^\t>\tv\t\\\t/\t\\\t/\t<\t^\t>\tv\t\\\t/\t\\\t/\t<\t^\t>\tv\t\\\t/\t\\\t/\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t<\t^\t>\tv\t<\t^\t>\tv\t<\t^\t>\tv\t-\t-\t-\t-\t<\t>" +
  "\t<\t>\t<\t>\t<\t>\t<\t>\t<\t>\t-\t-\t\x7f\t\x7f\t\\\t/\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t+\t+\t+\t*\t*\t*\t*\t*\t^\t^\t^\t^\tpinched fingers \twhite heart \tbr" +
  "own heart \tpinching hand \tzipper mouth \tmoney mouth face \tface with thermometer \tnerd \tthinkin" +
  "g \tface with head bandage \trobot \thugs \tmetal \tcall me hand \traised back of hand \tfist left " +
  "\tfist right \thandshake \tcrossed fingers \tlove you gesture \tcowboy hat face \tclown face \tnause" +
  "ated face \trofl \tdrooling face \tlying face \tfacepalm \tsneezing face \traised eyebrow \tstar str" +
  "uck \tzany face \tshushing face \tcursing face \thand over mouth \tvomiting face \texploding head \t" +
  "pregnant woman \tbreast feeding \tpalms up together \tselfie \tprince \tman in tuxedo \tmrs claus \t" +
  "shrug \tcartwheeling \tjuggling \tfencer \t+\twrestling \twater polo \thandball \tdiving mask \twilt" +
  "ed flower \tdrum \tclinking glasses \ttumbler glass \tspoon \tgoal net \t+\t1st place medal \t2nd pl" +
  "ace medal \t3rd place medal \tboxing glove \tmartial arts uniform \tcurling stone \tlacrosse \tsoftb" +
  "all \tflying disc \tcroissant \tavocado \tcucumber \tbacon \tpotato \tcarrot \tbaguette bread \tgree" +
  "n salad \tshallow pan of food \tstuffed flatbread \tegg \tmilk glass \tpeanuts \tkiwifruit \tpancake" +
  "s \tdumpling \tfortune cookie \ttakeout box \tchopsticks \tbowl with spoon \tcup with straw \tcoconu" +
  "t \tbroccoli \tpie \tpretzel \tcut of meat \tsandwich \tcanned food \tleafy green \tmango \tmoon cak" +
  "e \tbagel \tsmiling face with three hearts \tyawning face \tsmiling face with tear \tpartying face " +
  "\twoozy face \thot face \tcold face \tninja \tdisguised face \tface holding back tears \tpleading fa" +
  "ce \tsari \tlab coat \tgoggles \thiking boot \tflat shoe \tcrab \tlion \tscorpion \tturkey \tunicorn" +
  " \teagle \tduck \tbat \tshark \towl \tfox face \tbutterfly \tdeer \tgorilla \tlizard \trhinoceros \t" +
  "shrimp \tsquid \tgiraffe \tzebra \thedgehog \tsauropod \tt-rex \tcricket \tkangaroo \tllama \tpeacoc" +
  "k \thippopotamus \tparrot \traccoon \tlobster \tmosquito \tmicrobe \tbadger \tswan \tmammoth \tdodo " +
  "\tsloth \totter \torangutan \tskunk \tflamingo \toyster \tbeaver \tbison \tseal \tguide dog \tprobin" +
  "g cane \tred hair \t\x7f\t\x7f\twhite hair \tbone \tleg \tfoot \ttooth \tsuperhero \tsupervillain \t" +
  "safety vest \tear with hearing aid \tmotorized wheelchair \tmanual wheelchair \tmechanical arm \tmec" +
  "hanical leg \tcheese \tcupcake \tsalt \tbeverage box \tgarlic \tonion \tfalafel \twaffle \tbutter \t" +
  "mate \tice cube \tbubble tea \ttroll \tstanding person \tkneeling person \tdeaf person \tmonocle fac" +
  "e \tadult \tchild \tolder adult \tbearded person \twoman with headscarf \tsauna person \tclimbing \t" +
  "lotus position \tmage \tfairy \tvampire \tmerperson \telf \tgenie \tzombie \tbrain \torange heart \t" +
  "billed cap \tscarf \tgloves \tcoat \tsocks \tred envelope \tfirecracker \tjigsaw \ttest tube \tpetri" +
  " dish \tdna \tcompass \tabacus \tfire extinguisher \ttoolbox \tbricks \tmagnet \tluggage \tlotion bo" +
  "ttle \tthread \tyarn \tsafety pin \tteddy bear \tbroom \tbasket \troll of paper \tsoap \tsponge \tre" +
  "ceipt \tnazar amulet \tK\tQ\tR\tB\tN\tP\tN\tn\tN\tK\tQ\tR\tB\tN\tP\tk\tq\tr\tb\tn\tp\tK\tQ\tR\tB\tN" +
  "\tP\tN\tn\tN\tK\tQ\tR\tB\tN\tP\tk\tq\tr\tb\tn\tp\tK\tQ\tR\tB\tN\tP\tN\tn\tN\tK\tQ\tR\tB\tN\tP\tk\tq" +
  "\tr\tb\tn\tp\tK\tQ\tR\tB\tN\tP\tN\tn\tN\tE\te\tE\tE\te\tE\tNQ\tNR\tNB\tnq\tnr\tnb\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tG\tA\tE\tH\tR\tC\tS\tg\ta\te\th\tr\tc\ts\t" +
  "\x7f\t\x7f\tballet shoes \tone piece swimsuit \tswim brief \tshorts \tthong sandal \tlight blue hear" +
  "t \tgrey heart \tpink heart \tdrop of blood \tadhesive bandage \tstethoscope \tx ray \tcrutch \t\x7f" +
  "\t\x7f\t\x7f\tyo yo \tkite \tparachute \tboomerang \tmagic wand \tpinata \tnesting dolls \tmaracas " +
  "\tflute \tharp \t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tshovel \tringed planet \tchair \trazor \taxe \tdiya l" +
  "amp \tbanjo \tmilitary helmet \taccordion \tlong drum \tcoin \tcarpentry saw \tscrewdriver \tladder " +
  "\thook \tmirror \twindow \tplunger \tsewing needle \tknot \tbucket \tmouse trap \ttoothbrush \theads" +
  "tone \tplacard \trock \tmirror ball \tidentification card \tlow battery \thamsa \tfolding hand fan " +
  "\thair pick \tkhanda \tfly \tworm \tbeetle \tcockroach \tpotted plant \twood \tfeather \tlotus \tcor" +
  "al \tempty nest \tnest with eggs \thyacinth \tjellyfish \twing \tleafless tree \tgoose \tanatomical " +
  "heart \tlungs \tpeople hugging \tpregnant man \tpregnant person \tperson with crown \tfingerprint \t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tmoose \tdonkey \tblueberries \tbell pepper \tolive \tflatb" +
  "read \ttamale \tfondue \tteapot \tpouring liquid \tbeans \tjar \tginger root \tpea pod \troot vegeta" +
  "ble \t\x7f\t\x7f\tsplatter \tmelting face \tsaluting face \tface with open eyes and hand over mouth " +
  "\tface with peeking eye \tface with diagonal mouth \tdotted line face \tbiting lip \tbubbles \tshaki" +
  "ng face \tface with bags under eyes \t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\thand with index finger and" +
  " thumb crossed \trightwards hand \tleftwards hand \tpalm down hand \tpalm up hand \tindex pointing a" +
  "t the viewer \theart hands \tleftwards pushing hand \trightwards pushing hand \t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#" +
  "\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#" +
  "\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#" +
  "\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t|\t|\t|\t|\t|\t|\t-\t-\t-\t-\t-\t-\t#" +
  "\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t#\t\x7f\t#\t#\t#\t#\t#\t#\tX\tX\t/" +
  "\t\\\t/\t\\\tX\tX\tX\tX\tX\tX\tX\tX\tX\tX\tX\tX\tX\tX\tX\t-\t^\tv\t>\t<\t<\t<\t>\tv\t^\t[\t]\t#\t]\t" +
  "#\t#\t#\tX\t>\t>\t>\t?\t+\t+\t+\t+\t+\t^\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t0\t1\t2\t3\t4\t5\t6\t7\t8\t9\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHe\tQi\t\x7f\tQie\t\x7f\tHai\t\x7f\t\x7f\t\x7f\tQiu\tCao\t\x7f" +
  "\t\x7f\tShi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tSi\tJue\t\x7f\tKhang\tKhenh\t\x7f\t\x7f\t\x7f\tYu\t\x7f\t" +
  "Kong\t\x7f\t\x7f\t\x7f\tTin\tZi\t\x7f\t\x7f\t\x7f\tXing\tBa\tCup\t\x7f\tKha\tKhe\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tMou\tDua\tRe\tTrut\t\x7f\t\x7f\tJi\tYe\tJun\t\x7f\t\x7f\tQian\tLu\tBui\tXuoi\tDoi\tDou\t" +
  "Dua\t\x7f\tLuon\t\x7f\tBik\t\x7f\t\x7f\tChu\t\x7f\t\x7f\t\x7f\t\x7f\tLin\t\x7f\t\x7f\tDuoi\t\x7f\t" +
  "\x7f\tSanh\t\x7f\t\x7f\tShi\t\x7f\tCha\tCui\t\x7f\t\x7f\tGom\tBui\tGom\tQie\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\tGa\t\x7f\t\x7f\tCung\t\x7f\tNham\t\x7f\t\x7f\tQi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tGiua\t" +
  "\x7f\tChan\tSuot\tGiua\tXuyen\tChuoi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHuan\t\x7f\tYi" +
  "\tZuo\tJie\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tAy\t\x7f\t\x7f\tZou\t\x7f\t\x7f\tZi\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZa\t\x7f\tJin\t\x7f\t\x7f\tPai\t\x7f\tDui\tCong\t\x7f\tShen\t\x7f\t" +
  "\x7f\tBen\tBen\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHuang\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tMai\t\x7f\t\x7f\t\x7f\t\x7f\tYin" +
  "\t\x7f\tGun\tWaang\t\x7f\t\x7f\t\x7f\tSaam\t\x7f\tJoeng\tWan\t\x7f\tJiu\tUl\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tUt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tIt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tChin\t\x7f\tShen\t\x7f\t" +
  "\x7f\tTam\tUt\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tLyun\tUt\t\x7f\t\x7f\tJiu\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tVu\t\x7f\t\x7f\t\x7f\t\x7f\tYe\t\x7f\t\x7f\t\x7f\tDong\t\x7f\t\x7f\tJue\tJie\t\x7f\tDiao\tLe" +
  "\tJue\tChui\t\x7f\t\x7f\t\x7f\tLing\t\x7f\tSing\t\x7f\tTing\t\x7f\tTho\t\x7f\tEr\tEr\tEr\t\x7f\t\x7f" +
  "\tGen\t\x7f\t\x7f\tGop\tVai\t\x7f\tHai\t\x7f\t\x7f\tJo\t\x7f\tYa\tBan\t\x7f\tYi\t\x7f\tKep\t\x7f\t" +
  "\x7f\tNham\t\x7f\t\x7f\t\x7f\tGieng\tLam\tNam\tVai\t\x7f\tWei\t\x7f\t\x7f\tJie\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYi\tMat\tMat\t\x7f\tMat\t\x7f\tMat\t\x7f\t\x7f\t\x7f\t\x7f\tDie" +
  "\t\x7f\tLoeng\tQi\t\x7f\tLe\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tXi\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tBao\t\x7f\t\x7f\t\x7f\t\x7f\tXie\t\x7f\tQuen\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZhang" +
  "\t\x7f\tQuen\tMat\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tYong\tSon\t\x7f\t\x7f\tXu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tDie\t\x7f\tDa" +
  "n\t\x7f\t\x7f\t\x7f\tWei\t\x7f\t\x7f\t\x7f\tGua\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tFan\t\x7f\tCoi\t\x7f" +
  "\t\x7f\tMo\t\x7f\t\x7f\tXi\tYan\tTrum\t\x7f\tNi\tDan\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\tWu\t\x7f\tJan\t\x7f\t\x7f\t\x7f\t\x7f\tJoeng\t\x7f\t\x7f\t\x7f\t\x7f\tDan\t\x7f\tVoi\t\x7f\tTao\tY" +
  "u\t\x7f\tGong\t\x7f\tMou\tVa\tBom\tKua\tChu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tQu\t\x7f\tMo\tJau\tShi" +
  "\t\x7f\tGan\t\x7f\tSheng\t\x7f\tGing\t\x7f\t\x7f\tHua\tTop\t\x7f\t\x7f\t\x7f\tTuo\t\x7f\t\x7f\tWaan" +
  "\tShou\t\x7f\t\x7f\t\x7f\t\x7f\tNie\tNhong\tJyu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tLap\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYun\tGua\t\x7f" +
  "\t\x7f\tZok\t\x7f\t\x7f\t\x7f\tXiao\tLao\t\x7f\t\x7f\tDan\tSuo\t\x7f\t\x7f\t\x7f\tMang\tYi\t\x7f\tTe" +
  "\tJau\tBi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tTa\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tLuo\t\x7f\t\x7f\t\x7f" +
  "\tSing\tVai\tNghi\tNay\tXien\tTray\t\x7f\tXi\tHun\tDa\t\x7f\t\x7f\tJu\t\x7f\tDu\tJip\t\x7f\tAn\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\tPhuong\t\x7f\t\x7f\tJyu\tDing\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tMei\t\x7f\t\x7f\tRan\t\x7f\tAi\tYu" +
  "\t\x7f\t\x7f\tJian\t\x7f\tQi\t\x7f\t\x7f\t\x7f\t\x7f\tJi\tNgai\tNguoi\tNho\tThay\tZung\tMin\tFan\tVu" +
  "ng\t\x7f\tZhou\tZhi\tZhong\tNao\tBing\t\x7f\tZhuan\tShu\tXun\tJue\tQian\t\x7f\t\x7f\tGua\t\x7f\tTu\t" +
  "\x7f\t\x7f\t\x7f\tYing\tZhi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tKui\tSyun\tJung\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tChen\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tLian\tYa\t\x7f\t\x7f\t\x7f\t\x7f\tGuo\tMiao\tShe\tYu\t\x7f\tSi\tSou\t\x7f\tZhi\tMei\tMu\tQie" +
  "\t\x7f\tFu\t\x7f\t\x7f\tJu\tBei\t\x7f\tBi\t\x7f\t\x7f\tSuo\t\x7f\t\x7f\tQian\tMing\tChan\t\x7f\t\x7f" +
  "\tSao\tJi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tSan\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tPaa\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tGong\tQiong\t\x7f\t\x7f\t\x7f\tRong\t" +
  "\x7f\t\x7f\t\x7f\tSou\tSou\tYao\t\x7f\t\x7f\t\x7f\t\x7f\tWu\tNap\tNa\tPhia\t\x7f\tChou\t\x7f\t\x7f\t" +
  "Shuai\tZhe\tLi\tGai\tSui\tZhan\t\x7f\tZhuang\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tFu\t" +
  "\x7f\t\x7f\t\x7f\tMan\t\x7f\tJi\tDou\tMak\tLei\tCaan\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHui\t\x7f\t\x7f\tJian\tYan\tZhi\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\tBay\tBut\tBom\tHen\t\x7f\tMei\tYao\tDi\tYi\t\x7f\tGap\t\x7f\tBie\t\x7f\t\x7f\tQu\tYi\t" +
  "\x7f\tYang\t\x7f\t\x7f\t\x7f\tZha\t\x7f\t\x7f\t\x7f\tSha\tJin\t\x7f\tGit\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tXum\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\tLai\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tGing\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tGit\tCap\tBay\tLu\tChau\tDang\t\x7f\tJue\t\x7f\tQi\t\x7f\t\x7f\tYu\tVai\tNgai\tZai\tSa\tSe\t" +
  "\x7f\t\x7f\tDun\t\x7f\t\x7f\t\x7f\tJie\tKe\t\x7f\t\x7f\tYue\t\x7f\t\x7f\t\x7f\tJian\tYao\tGon\t\x7f" +
  "\tJyu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tXian\t\x7f\tXiao\tQiao\t\x7f\t\x7f\t\x7f\tYu\tQu\t" +
  "\x7f\t\x7f\t\x7f\tBam\tGa\tXian\tLuo\t\x7f\tGuang\tNgai\tDung\tCheng\tChuang\tYi\t\x7f\tZheng\t\x7f" +
  "\tZong\tDui\t\x7f\tZhai\t\x7f\tTho\tGiong\t\x7f\tFung\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tGaa\t\x7f" +
  "\t\x7f\tFei\tYi\tMeng\t\x7f\t\x7f\t\x7f\tNghe\t\x7f\t\x7f\tBian\tJie\tShu\tLiao\tBi\tSu\t\x7f\t\x7f" +
  "\t\x7f\tDi\t\x7f\tJing\tLou\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tTroi\tLiu\t\x7f\t" +
  "Bei\tWen\t\x7f\t\x7f\t\x7f\t\x7f\tMeng\t\x7f\tChan\t\x7f\t\x7f\tDoi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tDao\t\x7f\t\x7f\tDoi\t\x7f\tPin\tJian\tLin\tGui\tQi\tHong\t\x7f\t\x7f\t\x7f\tJi\tX" +
  "ie\tZheng\tChan\t\x7f\tTrom\tThoi\t\x7f\tLong\t\x7f\t\x7f\t\x7f\t\x7f\tYao\tChan\t\x7f\t\x7f\t\x7f\t" +
  "Ngua\tNgoi\tSin\tDian\tChong\tNei\tNei\t\x7f\t\x7f\tZhai\tBian\t\x7f\tChan\tNghe\t\x7f\t\x7f\tCau\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tXiao\t\x7f\tNhau\t\x7f\t\x7f\tCu\tXin\tJing\tQian\t\x7f\tQing\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tGu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tWu\t\x7f\t\x7f\tMaau\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tFu\t\x7f\t\x7f\tJyun\tJan\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tG" +
  "an\t\x7f\t\x7f\tYuan\tBing\t\x7f\t\x7f\t\x7f\t\x7f\tWan\tHang\t\x7f\tRang\tRo\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tVac\t\x7f\t\x7f\tNhoc\tNiao\t\x7f\tCin\t\x7f\t\x7f\tLian\t\x7f\tTin\tRao\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tFan\tDi\tTruoc\tRang\t\x7f\t\x7f\t\x7f\tVang\t\x7f\tSang\t\x7f\t\x7f\tHui\tYi\tXia" +
  "n\t\x7f\tDun\tDaam\tQuanh\tRo\t\x7f\t\x7f\tMong\t\x7f\tLan\tFu\t\x7f\tXiong\t\x7f\t\x7f\tLiang\tTao" +
  "\tJi\t\x7f\t\x7f\t\x7f\tJie\tZha\tShi\t\x7f\t\x7f\t\x7f\tVao\tNhui\tQi\tBian\tLan\tLan\tLin\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZhi\tBi\tSheng\tLon\tVo\tTron\tSip\tSheng\tCyun\tQin\t\x7f\t\x7f" +
  "\tBiao\tXi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tJuan\tBing\tJi\t\x7f\tXi\tQin\t\x7f\t\x7f\tHai\t\x7f\t\x7f" +
  "\t\x7f\tLun\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYue\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tLinh\t\x7f\tLian\t\x7f\t\x7f\t\x7f\t\x7f\tTam\tGom\tBan\t\x7f\t\x7f\tHeng\tLim\t\x7f\t\x7f\t" +
  "Qi\t\x7f\t\x7f\t\x7f\tQian\tZheng\tMao\t\x7f\t\x7f\t\x7f\t\x7f\tCong\t\x7f\t\x7f\tNa\t\x7f\t\x7f\tMo" +
  "u\t\x7f\t\x7f\tTing\t\x7f\tZong\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tJiong\tZhao\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tNian\tCheng\t\x7f\t\x7f\tQia\t\x7f\t\x7f\tYu\tJiao\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tZhao\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tDi\tJiu\t\x7f\t\x7f\t\x7f\tSui\t\x7f\t" +
  "\x7f\tYao\t\x7f\t\x7f\t\x7f\tWang\t\x7f\t\x7f\tLiao\t\x7f\tTong\t\x7f\tMeng\t\x7f\tXuong\t\x7f\t\x7f" +
  "\tYou\t\x7f\t\x7f\tZeot\t\x7f\t\x7f\t\x7f\t\x7f\tSi\t\x7f\t\x7f\t\x7f\t\x7f\tNap\t\x7f\t\x7f\tLou\t" +
  "\x7f\tLieng\t\x7f\tYin\t\x7f\t\x7f\t\x7f\t\x7f\tBay\tChong\t\x7f\t\x7f\tMong\t\x7f\t\x7f\tGan\tJiu\t" +
  "Leo\t\x7f\tNgat\tDay\t\x7f\t\x7f\tMat\t\x7f\t\x7f\tQin\tJiong\t\x7f\tXie\t\x7f\t\x7f\t\x7f\t\x7f\tMa" +
  "t\tRong\t\x7f\t\x7f\tHe\tJan\t\x7f\t\x7f\tTao\t\x7f\tQiu\tXie\tJing\tNian\tJing\t\x7f\t\x7f\tJi\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZeon\t\x7f\t\x7f\tTian\t\x7f\tCui\tDie\t\x7f\tQing\t\x7f\tMui\tMaang\t" +
  "\x7f\t\x7f\tLun\tVang\tPing\tPing\tCe\tDie\tLou\t\x7f\tWun\t\x7f\t\x7f\t\x7f\tQuan\tTron\t\x7f\t\x7f" +
  "\tLian\tHan\tPang\tTang\t\x7f\tCong\tRet\tYi\tXuan\tSuo\tLiu\tShuang\tShen\t\x7f\tBu\tSou\tDong\t" +
  "\x7f\tQin\tShen\t\x7f\tChan\tHong\tNong\tTing\tJiang\t\x7f\tHui\t\x7f\tChan\tHei\t\x7f\t\x7f\t\x7f\t" +
  "Xi\tZhi\t\x7f\t\x7f\tLok\tMo\t\x7f\t\x7f\tLai\tLi\tLi\tHuai\t\x7f\tHe\tJiao\t\x7f\tYan\t\x7f\tShu\t" +
  "\x7f\t\x7f\tShi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tFung\tZhen\t\x7f\tYou\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tSuo\tWu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tChang\tCong\t\x7f\t\x7f\tSap\tJu\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tShu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tJiu\tWei\tPang\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tHuo\t\x7f\t\x7f\t\x7f\t\x7f\tBay\tJie\t\x7f\tKing\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZ" +
  "ao\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tOu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tGua\tFaa" +
  "i\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHao\tLi\tZhi\tXian\t\x7f\t\x7f\tBu\tChang\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tMoc\t\x7f\t\x7f\tYun\tHe\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tTao\t\x7f\t\x7f\t\x7f\tBia" +
  "o\t\x7f\tRa\t\x7f\t\x7f\tDiao\t\x7f\tEr\tJiu\t\x7f\t\x7f\t\x7f\t\x7f\tDi\tYi\tKun\t\x7f\tZhe\t\x7f\t" +
  "Kuo\tZhou\tJu\t\x7f\t\x7f\t\x7f\tShan\tSha\tDiao\tBan\tJi\t\x7f\t\x7f\tZhong\t\x7f\t\x7f\tYi\t\x7f\t" +
  "Kou\tWu\t\x7f\t\x7f\t\x7f\tGe\tBa\tCham\t\x7f\tGou\t\x7f\t\x7f\tXian\tGua\tLiu\tChi\tGuai\tChuan\t" +
  "\x7f\tLi\tCu\tShua\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tBi\t\x7f\tDut\tChem\tBing\tLi\t\x7f\t\x7f\tJ" +
  "iu\tTiao\tDuo\tJing\tYan\tQuan\t\x7f\t\x7f\tLie\t\x7f\tKe\t\x7f\tGen\tZhen\t\x7f\tFen\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYi\t\x7f\tJiu\tXu\tJiao\t\x7f\t\x7f\tLu\tJiu\t\x7f\tChou\t\x7f\t" +
  "\x7f\tXian\tDeo\tKuai\tDui\t\x7f\t\x7f\t\x7f\t\x7f\tLuo\tXi\tQin\tBu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tQia\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tDan\tDam\tHui\tCao\t" +
  "\x7f\tPi\tYa\tBeng\tGuo\tGua\t\x7f\t\x7f\t\x7f\tJu\t\x7f\t\x7f\tQia\t\x7f\tJue\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tLi\t\x7f\t\x7f\tBao\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHua\tJiao\t\x7f\tXe" +
  "\tThai\tCun\tTach\tDut\tQia\t\x7f\tZha\tQia\t\x7f\tZhe\tCha\tYing\t\x7f\t\x7f\tYan\t\x7f\tChong\t" +
  "\x7f\t\x7f\t\x7f\tChi\t\x7f\tWan\tMe\tSou\tPeng\t\x7f\t\x7f\t\x7f\t\x7f\tKan\tYuan\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\tGaai\tMo\tCham\tMo\tChou\t\x7f\tSuo\tTu\t\x7f\t\x7f\tZhe\tTi\t\x7f\tWu\t\x7f\tDa\tLi\t" +
  "Cha\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tRong\tGong\tQue\t\x7f\tLi\t\x7f\tTh" +
  "ien\t\x7f\t\x7f\tTao\tCao\tChat\tGot\tBam\t\x7f\tLi\t\x7f\t\x7f\tMi\t\x7f\tChi\t\x7f\t\x7f\tGun\tLou" +
  "\tChuang\tSuo\tJiao\tJin\t\x7f\tGwaai\t\x7f\tFa\tZhai\t\x7f\tDeo\tDut\tLan\t\x7f\t\x7f\t\x7f\tJin\tC" +
  "ui\tDeo\t\x7f\tCeng\tZun\t\x7f\tZhao\t\x7f\t\x7f\tPie\tZhan\tXi\tYao\tFu\tChong\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tCui\t\x7f\t\x7f\t\x7f\tGua\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tJi\tThien\tHoat\tSe\tZhan\tLing\tSe\tYe\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tJu\t\x7f\tVac\t\x7f\t" +
  "\x7f\t\x7f\tTu\t\x7f\tGat\tRua\tRu\tZe\tHuan\t\x7f\t\x7f\t\x7f\t\x7f\tXian\t\x7f\tQian\tZhao\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tBua\tCung\tCan\t\x7f\tLe\tKuo\tLi\tRou\tTet\t\x7f\t\x7f\tDu\t\x7f\t\x7f\tLie\t\x7f" +
  "\tRiu\tXe\t\x7f\tYing\tLi\t\x7f\t\x7f\tDu\t\x7f\tLing\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tTruoc\tWa" +
  "n\t\x7f\tCim\tChom\t\x7f\tDie\t\x7f\t\x7f\t\x7f\tJiu\t\x7f\tLi\tKu\tKeng\t\x7f\tZhen\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tHe\t\x7f\tBi\t\x7f\tPi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHang\t\x7f\t\x7f\t\x7f" +
  "\tRan\tSieng\t\x7f\tZhuo\tDui\t\x7f\tYi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tGang\tNhan\tKe\tYi\tMo\t\x7f" +
  "\tLoi\tCan\t\x7f\tGeng\tKe\tShi\t\x7f\tRan\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tLing\tBeng\t\x7f\t\x7f\tDu" +
  "an\t\x7f\tMin\t\x7f\t\x7f\tJuan\tNao\tZi\t\x7f\tKhuot\tZong\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tTang\t\x7f\t\x7f\tXia\tHan\t\x7f\t\x7f\t\x7f\t\x7f\tLue\tQian\t\x7f\t\x7f\t\x7f\tNhoc\t\x7f\tM" +
  "o\tOu\tHao\t\x7f\t\x7f\t\x7f\tZha\tJuan\tCong\t\x7f\tVam\tGiup\tGiup\tLi\tZha\tYou\tDian\tJue\tBei\t" +
  "\x7f\t\x7f\t\x7f\tYao\tPie\t\x7f\tLu\t\x7f\t\x7f\t\x7f\t\x7f\tJin\tKai\tSe\tYang\tJin\t\x7f\t\x7f\t" +
  "\x7f\tKe\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tRuon\t\x7f\tChan\t\x7f\t\x7f\tNian\t\x7f\t" +
  "Wan\tLu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYun\tYao\tBao\t\x7f\t\x7f\tJun\tXuan\t\x7f\tZhou\t\x7f\t\x7f" +
  "\tMoc\t\x7f\t\x7f\t\x7f\t\x7f\tKui\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tQu\tShao\t" +
  "Sun\t\x7f\t\x7f\t\x7f\tDu\t\x7f\tKuai\tPao\t\x7f\t\x7f\tBit\t\x7f\t\x7f\t\x7f\tBao\t\x7f\t\x7f\t\x7f" +
  "\tFu\tJiu\tRan\t\x7f\t\x7f\t\x7f\tJu\t\x7f\tCho\t\x7f\t\x7f\t\x7f\tQiong\t\x7f\tCho\tZhou\tHua\tBao" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYi\tMe\tYi\tYi\t\x7f\t\x7f\t\x7f\t\x7f\tMao\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tCi\t\x7f\t\x7f\tRuan\tThia\t\x7f\tBay\t\x7f\tCi\t\x7f\t\x7f\tHan\t\x7f\tCong\t\x7f\t\x7f\t" +
  "\x7f\tXi\t\x7f\t\x7f\t\x7f\t\x7f\tQuan\tTiao\t\x7f\tDiao\t\x7f\tHan\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tYe\tKham\t\x7f\t\x7f\t\x7f\t\x7f\tE\tWei\t\x7f\tCang\tDiao\t\x7f\t\x7f\tWui\tE\tDi" +
  "\t\x7f\tSuan\tQuan\t\x7f\t\x7f\tE\tOu\tXuan\t\x7f\t\x7f\t\x7f\tWu\t\x7f\tGiau\t\x7f\tYi\t\x7f\tMou\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHu\t\x7f\t\x7f\t\x7f\tHan\t\x7f\t\x7f\t\x7f\t\x7f\tAu\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tShi\t\x7f\t\x7f\t\x7f\tSa\tHwe\t\x7f\t\x7f\t\x7f\tBi\t\x7f\tHan\tJing" +
  "\tXi\t\x7f\tQin\tCuo\tCi\t\x7f\tBan\t\x7f\t\x7f\t\x7f\t\x7f\tDui\t\x7f\t\x7f\t\x7f\t\x7f\tXi\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZhi\tLuan\tMuoi\tHu\tJi\tGuai\t\x7f\t\x7f\tGan" +
  "\t\x7f\t\x7f\tPang\tNghin\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tChuc\tRuoi\tLung\t\x7f\t\x7f\t\x7f\tXung\tZ" +
  "hu\t\x7f\t\x7f\t\x7f\t\x7f\tBi\tTron\tYu\t\x7f\t\x7f\t\x7f\t\x7f\tNhay\tNhu\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\tQi\t\x7f\t\x7f\tHe\tChu\t\x7f\t\x7f\tShao\tChi\tBo\t\x7f\t\x7f\t\x7f\tReng\tYou\t\x7f\t\x7f\t\x7f" +
  "\tNai\t\x7f\t\x7f\tSai\t\x7f\tHui\tTiao\tBan\t\x7f\t\x7f\t\x7f\t\x7f\tXu\t\x7f\t\x7f\t\x7f\tYou\tChi" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHeng\t\x7f\t\x7f\t\x7f\tWai\t\x7f\t\x7f\tXie" +
  "\t\x7f\t\x7f\t\x7f\tJue\t\x7f\tSui\tQing\tZhuan\t\x7f\t\x7f\tMong\t\x7f\t\x7f\t\x7f\tJi\t\x7f\t\x7f" +
  "\tBi\t\x7f\tXi\t\x7f\t\x7f\t\x7f\tHing\t\x7f\tJi\tTrung\tJun\t\x7f\t\x7f\tLiao\tYou\t\x7f\t\x7f\t" +
  "\x7f\tNgheo\t\x7f\t\x7f\tJu\t\x7f\t\x7f\t\x7f\t\x7f\tYue\t\x7f\t\x7f\tBang\t\x7f\t\x7f\tPi\t\x7f\t" +
  "\x7f\tZe\t\x7f\t\x7f\tYi\tDi\t\x7f\t\x7f\tQie\t\x7f\tSuo\t\x7f\tCi\t\x7f\tZhu\tYue\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\tJiao\tSan\t\x7f\t\x7f\t\x7f\tShi\tMe\t\x7f\tYi\tXia\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tYuan\t\x7f\t\x7f\t\x7f\t\x7f\tGuo\t\x7f\tKe\t\x7f\t\x7f\tCui\tYi\t\x7f\t\x7f\t\x7f\tCyun" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tLi\t\x7f\tDian\t\x7f\t\x7f\tXi\t\x7f\t\x7f\t\x7f\t\x7f\tBi\t\x7f\t" +
  "\x7f\tBian\tMei\tLi\t\x7f\t\x7f\tSou\t\x7f\t\x7f\tLim\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tLiu\tGui\tKe\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tYi\t\x7f\tXi\tYin\t\x7f\t\x7f\t\x7f\t\x7f\tKe\t\x7f\t\x7f\t\x7f\tShe\t\x7f\t" +
  "\x7f\t\x7f\tWo\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tPi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tCo\t\x7f\tYue" +
  "\tHong\tRap\t\x7f\tLi\tFu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tLou\tJue\tXian\tDay\tDay\t\x7f\t\x7f" +
  "\tDian\t\x7f\t\x7f\tLi\t\x7f\t\x7f\tRot\t\x7f\t\x7f\t\x7f\tTu\t\x7f\t\x7f\t\x7f\t\x7f\tJian\t\x7f\t" +
  "\x7f\tBai\tDi\tZhang\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYu\tLeon\t\x7f\t\x7f\t\x7f\tDui\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tCan\tTu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tTan\tJi\tQi\tShan\tNian\t\x7f\t\x7f\t" +
  "\x7f\tDi\t\x7f\t\x7f\t\x7f\t\x7f\tBo\t\x7f\t\x7f\tGuan\t\x7f\tBi\tTranh\t\x7f\tXing\t\x7f\tZeon\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tCut\tZhen\t\x7f\tBo\tBo\t\x7f\t\x7f\tSa\t\x7f\tMo\t\x7f\tFu\t\x7f\t\x7f\tMot" +
  "\t\x7f\tTao\tBang\tJik\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tBiao\t\x7f\tXi\t\x7f\tJie\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tJin\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tQian\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tSi\tJing\t\x7f\tChi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\tJing\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tTr" +
  "o\tSui\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZha\tLi\t\x7f\t\x7f\t\x7f\tZhuo\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\tBian\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tTun\t\x7f\t\x7f\t\x7f\tBi\t\x7f\t\x7f\tFei\t" +
  "\x7f\t\x7f\t\x7f\tDe\t\x7f\tZhu\t\x7f\t\x7f\tJeoi\t\x7f\tJu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tYi\t\x7f\t\x7f\tYa\t\x7f\t\x7f\tChi\tGua\tZhi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tReng\tLeo\t" +
  "\x7f\tYou\t\x7f\tBo\t\x7f\tJi\tPin\t\x7f\t\x7f\tYing\tYang\tMang\tGe\tJi\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tLong\tN\tSa\tChuan\t\x7f\tCi\tWu\tRen\tDuc\tJyu\tRi\tDai\tJi\t\x7f\tYi\t\x7f\tRan\t\x7f\t\x7f" +
  "\tHuo\tGua\t\x7f\tZhe\tPi\t\x7f\t\x7f\tZa\tBan\tJie\t\x7f\t\x7f\tHou\t\x7f\t\x7f\tXian\tHui\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tCai\t\x7f\t\x7f\tZha\tDai\tGe\t\x7f\tPi\tHin\tPian\tShi\tLiang\tYue\tHu\tBia" +
  "n\t\x7f\t\x7f\tReng\t\x7f\tReng\t\x7f\tWaan\tDanh\tZi\tTuou\tLuk\tDieu\tGay\tNgoen\tNham\tYi\tZhi\t" +
  "\x7f\tJin\tWeng\tChao\t\x7f\tQiu\tMut\tZhu\t\x7f\tZha\tPo\tAn\t\x7f\tHe\t\x7f\tChu\tYan\t\x7f\t\x7f" +
  "\tKhen\tShi\tHu\tE\t\x7f\t\x7f\t\x7f\tKeoi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tMeo\t\x7f\t\x7f\t\x7f\t\x7f\tEot\tPhinh\tShi\t\x7f\t\x7f\tLou\t\x7f\tTuo\tDai\tWai" +
  "\tPo\tRong\tJu\t\x7f\tBo\tTam\tDat\tNip\tMieng\tQuai\tDang\tHoet\tThe\tRin\tSe\tRo\tNhai\tPhom\t\x7f" +
  "\t\x7f\tYu\tDou\t\x7f\tGui\tShou\t\x7f\t\x7f\tSuo\tNi\tZhou\tLong\tBing\tZun\tYe\tRan\t\x7f\tLing\tS" +
  "a\t\x7f\t\x7f\tLei\tE\t\x7f\tZhong\tJi\t\x7f\t\x7f\tE\t\x7f\t\x7f\t\x7f\tZuo\t\x7f\t\x7f\tNa\tYun\t" +
  "\x7f\t\x7f\tVo\tMing\t\x7f\t\x7f\t\x7f\t\x7f\tHaau\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tXie\tZui\tShu\tDiu\tFa\tRen\t\x7f\tBang\tHan\tHong\tYi\t\x7f\tYi\t\x7f" +
  "\t\x7f\tKe\tYi\tHui\tZheng\t\x7f\t\x7f\tGan\tThau\tHao\tDau\tHuyt\tNho\tLai\tNhung\tThuc\tTre\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\tJing\t\x7f\t\x7f\tGe\t\x7f\t\x7f\tNou\tQie\t\x7f\tDie\t\x7f\tJi\tYi\tYi\t" +
  "\x7f\tFu\tShuo\tShuo\tYong\tKen\tHua\tHong\t\x7f\t\x7f\t\x7f\tHe\t\x7f\t\x7f\tHe\tQian\tQia\t\x7f\tS" +
  "i\tCe\tBang\tUc\tLoi\tBei\tKeoi\tCaau\tDap\tXac\tNhu\tThay\tCai\t\x7f\t\x7f\tFau\tJue\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHoi\t\x7f\t\x7f\t\x7f\tJing\tKe\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tAi\tLou\t\x7f\tTu\t\x7f\t\x7f\tChuang\tLan\t\x7f\tSong\tCheng\t\x7f\tWei\t\x7f\t\x7f\tNu\t\x7f" +
  "\tJiu\t\x7f\t\x7f\tBin\t\x7f\tNgoen\tRo\tPhao\tNhanh\tNhan\tOc\tMang\tNuc\tNo\tRenh\tDay\tChieng\tMi" +
  "u\tVoi\tDo\tThon\tBo\tToac\tGung\tKe\tUong\tBan\t\x7f\tBieng\tXiao\tSheng\tHou\tVum\tNgoam\tZhu\t" +
  "\x7f\tGuan\tJi\t\x7f\tJi\t\x7f\tXi\t\x7f\tShe\tOu\tHu\tTa\tXiao\t\x7f\tZao\t\x7f\t\x7f\tBo\tQi\tWa\t" +
  "Tuo\tDao\t\x7f\tNa\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tDaam\tKeu\tMui\tHong\t\x7f\tNet\tJi\tZ" +
  "aat\tGu\tXap\tMep\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tMun\t\x7f\tNgan\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tZhai\t\x7f\t\x7f\tYa\t\x7f\t\x7f\tWu\tZhen\tDe\tHe\t\x7f\tAng\tPi\tSe\tFen\tGua\t\x7f\tJi\t" +
  "\x7f\tPo\tMing\t\x7f\t\x7f\tXuan\tHan\tGang\tBa\tZong\tMeng\tFaat\tHuo\tPe\tTham\tNhu\tSua\tNgoam\tG" +
  "a\tTreu\tMoi\tVieng\tSe\tBang\tPha\tRia\tCan\tChum\tBe\tPhinh\tNghenh\tU\tDat\tBeo\tQuai\tNhau\tWong" +
  "\tSuc\tSat\tBop\tA\tKieng\tZai\tSua\tNhinh\tEp\tTre\tTroi\tDu\tMai\tSuong\tKung\tMeo\tDian\tXi\t\x7f" +
  "\t\x7f\tDa\tNang\t\x7f\tHei\tChut\tDiao\tLuo\tKe\t\x7f\t\x7f\t\x7f\t\x7f\tYi\tJue\tHe\t\x7f\tJi\t" +
  "\x7f\t\x7f\tHe\tNie\tRun\tQian\tDai\tShao\tKe\tZhu\t\x7f\tShi\tLu\tJia\tPian\tHou\tJi\tTa\tChou\tWo" +
  "\tJing\tPo\tZhai\tXin\t\x7f\t\x7f\tBian\t\x7f\t\x7f\tXu\t\x7f\t\x7f\t\x7f\t\x7f\tGu\tJie\t\x7f\t\x7f" +
  "\tXian\t\x7f\tPhao\tDanh\tMieng\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tE\t\x7f\tBo\tPiao\t\x7f\t\x7f\t\x7f\tZa\t\x7f\tPai\tTu\t\x7f\tYi" +
  "ng\t\x7f\t\x7f\t\x7f\t\x7f\tKak\tTap\t\x7f\t\x7f\tMei\tNaa\tGe\tKam\tSoek\tBou\tQuat\tNiu\tDan\tLing" +
  "\tXua\tTuc\tSong\tCau\tTen\tTen\tSaap\tDum\tBai\tBi\tHuc\tPhuc\tHong\tGiai\tKe\tKhan\tKhac\tLay\tRen" +
  "\tVac\tTau\tXam\t\x7f\tXiang\t\x7f\t\x7f\tNuo\tGe\tBo\tXie\t\x7f\t\x7f\t\x7f\tZhen\tYu\tNi\t\x7f\tMo" +
  "i\tChia\tMap\t\x7f\tXun\tWa\t\x7f\tAng\tHan\tHong\tDan\t\x7f\tNuo\t\x7f\tCao\tJi\tNeng\tYong\tXiao\t" +
  "\x7f\tChua\tYao\t\x7f\tGe\tTang\tBao\tChan\tChat\tXu\t\x7f\t\x7f\tHai\t\x7f\tChou\t\x7f\tJian\tZuo\t" +
  "\x7f\t\x7f\t\x7f\tWei\tDa\tPi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tKo\t\x7f\tBe\tBem\tKhu\tChu\tGit" +
  "\tQuan\t\x7f\t\x7f\tNgo\tKam\tLan\tMaai\tZam\tRia\tCay\tChiu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tHei\t\x7f\t\x7f\t\x7f\t\x7f\tGwe\t\x7f\t\x7f\t\x7f\tHuan\t\x7f\tXi\t\x7f\tPen\tLiu\tMu\t" +
  "Mie\tLang\tTui\tBan\t\x7f\t\x7f\tGe\t\x7f\tKu\tLung\t\x7f\tJia\tBo\t\x7f\tChiu\tChoi\tDieu\tRi\tTrou" +
  "\t\x7f\tLeu\tHe\tBong\tThe\tVong\tXang\tHung\tChan\tGhe\tHat\tChac\tNaap\tChoac\tTim\tRi\tQue\tCop\t" +
  "Xui\tSuot\tChau\tNgoan\tDo\tGuong\tNgon\tHan\tOang\tBep\tGian\tDai\tOn\tQuat\tTuech\tBua\t\x7f\tHuan" +
  "\t\x7f\tZu\tLuo\t\x7f\tNgoam\tThoi\t\x7f\t\x7f\t\x7f\tLi\tZeot\tHe\tMo\t\x7f\tShui\tShen\tKang\tChi" +
  "\tLing\tLuo\t\x7f\t\x7f\tYan\tZhao\tChua\tGu\tQin\t\x7f\tTan\tFen\tTu\t\x7f\t\x7f\t\x7f\t\x7f\tLing" +
  "\t\x7f\t\x7f\tLang\tMang\t\x7f\tHen\tZi\tTim\tAa\tBai\tDau\tMoi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tPaai\tLan\tZan\tWu\t\x7f\t\x7f\t\x7f\t\x7f\tLi\tA\tLue\tZhi\tChou\tJiang\t\x7f\tJian\t\x7f\tMa" +
  "an\t\x7f\t\x7f\tLun\tYi\t\x7f\tShang\tBut\tNgai\tHo\tKang\t\x7f\tNhoi\tCan\tKhoach\tDanh\tNin\tThay" +
  "\tEn\tGan\tDan\tJi\tBiu\tMach\tSong\tRan\tNgau\tXo\tDan\tZap\tTham\tThung\tNuot\tNat\tThin\tTham\tMo" +
  "n\tNac\tSyut\tRam\tNhai\tHam\tNgo\tXia\tNeng\tNgon\tThua\tThep\tGiuc\tNhan\tHang\tNha\tChong\tOam\tY" +
  "i\tNin\tHon\t\x7f\t\x7f\tHui\t\x7f\tZha\tKik\t\x7f\tHan\t\x7f\tYin\tBi\tAn\tXia\tNi\t\x7f\tDe\t\x7f" +
  "\tDi\tJian\tPan\t\x7f\t\x7f\tYu\tChuai\tZa\t\x7f\tCha\t\x7f\tZhe\tSe\t\x7f\tPen\tGu\tZhe\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\tLi\tDou\t\x7f\tChou\t\x7f\tZui\tPo\tHe\t\x7f\tShe\tLong\t\x7f\tNha\tTreu\tThue\t" +
  "Doi\tQi\t\x7f\t\x7f\t\x7f\t\x7f\tNgoang\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tShu\tRum\tJin\tLing\tBa" +
  "i\t\x7f\tKang\tLa\t\x7f\tXu\tJin\tWe\tChuan\t\x7f\t\x7f\t\x7f\tYue\t\x7f\tBang\tZaa\tGing\tVao\tSeu" +
  "\tNuot\tThen\tGiam\tToet\tNhun\tNhap\tHang\tSao\tSi\tXep\tMoi\tNgau\t\x7f\tMai\tXie\tJiu\tJi\t\x7f\t" +
  "Yue\t\x7f\t\x7f\t\x7f\tJian\t\x7f\tHan\tHet\tSa\tHui\tQiao\t\x7f\tSe\tZui\t\x7f\tNhip\tLu\tHua\tChu" +
  "\tShan\tWo\tJi\tZhuo\tXian\tYi\tGuo\tKui\t\x7f\t\x7f\t\x7f\t\x7f\tGaa\tSaau\tSoe\tWet\tAm\tNgui\tSut" +
  "\tNhao\tDat\tLem\tNgay\tKhan\tChoan\tNhao\tNgat\tNham\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tNgoi\t\x7f\t" +
  "\x7f\tLoi\t\x7f\t\x7f\t\x7f\t\x7f\tDong\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZhou" +
  "\t\x7f\t\x7f\tLu\t\x7f\tBo\tShi\tYing\tKu\t\x7f\t\x7f\t\x7f\tNam\tZip\t\x7f\tBei\tNich\tTuong\tCan\t" +
  "Du\tPhao\tOn\tOai\tBo\tLok\tVoi\tBam\tTui\tCau\tNeu\tChuyen\tThoi\tHao\tGoi\tQuan\tUa\tKhoac\tNgon\t" +
  "Ron\t\x7f\tZhi\tXie\t\x7f\t\x7f\tYe\tE\tLu\tHan\tYe\t\x7f\t\x7f\t\x7f\t\x7f\tLuo\tChuo\tFan\tZhi\tYi" +
  "ng\tWen\tWa\tAi\tYu\tAm\t\x7f\tHua\t\x7f\tLie\tJing\tZa\t\x7f\t\x7f\t\x7f\tKhay\tHon\tNon\tWo\tHang" +
  "\tXao\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tCac\t\x7f\t\x7f\tZang\tDui\t\x7f\tJi\t\x7f\t\x7f\t\x7f\tWo\tDyu" +
  "t\tJi\tXi\t\x7f\tZhan\tTuan\tGan\tZit\tDoeng\tKwaat\tDo\tNgon\tZiu\tPheu\tCha\tThot\tSo\tKhao\tXong" +
  "\tNgo\tHun\tPho\tMom\tReu\tMom\tBuk\tThe\tYu\t\x7f\tXin\tEng\tLoc\tLie\t\x7f\tBan\tZhi\tShi\t\x7f\tL" +
  "ao\tLai\tWei\tPao\tChi\tYing\tDou\t\x7f\tDou\t\x7f\tBao\tQie\tShu\t\x7f\tZhi\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tLie\tZe\tPeng\t\x7f\tZhe\tNgau\tRang\tRan\tDang\tRay\tTroi\tLin\tNhanh\t\x7f\tKhoan\t\x7f\tT" +
  "hom\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tOu\t\x7f\tLeng\tXie\tJi\tLai\tYing\tCeng\tBai\tAak\tGaa\tKhe\tTro" +
  "n\tNhang\tChem\tPhan\tDoe\tDan\tThanh\tBoc\tBo\tTreu\tGung\tLe\tMua\tNhom\tMut\tRen\tNgoi\tXac\tLun" +
  "\t\x7f\t\x7f\t\x7f\tLong\tXi\t\x7f\tLaai\t\x7f\tLin\tHeoi\t\x7f\tGui\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tXing\tCeoi\t\x7f\tSek\tLi\tCi\tChen\tGheo\tDang\tTheo\tNho\tPhac\tThot\tLa\t" +
  "Lum\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tQing\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tRuc\tGam\tHam\tUng\tJian\tDao" +
  "\tJian\tQing\tXie\tYing\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHa\t\x7f\tZhe\tShe\tMi\tHua" +
  "n\tLiem\tLom\tDang\tNon\tKhan\tToe\tKhem\tHun\tThung\tRen\tJik\tTot\tCu\tRu\tSa\tHuo\tYi\t\x7f\tDi\t" +
  "\x7f\tLuan\t\x7f\tYi\t\x7f\tSoe\tCan\t\x7f\t\x7f\t\x7f\tBo\tPang\tTan\tE\tZang\tCong\tLaa\tDang\tBun" +
  "\tHum\tGion\tNheo\tTrom\tLai\tLanh\tNgong\tNhau\tZhai\t\x7f\tXi\tMang\t\x7f\tLa\tYun\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tXang\tE\tGam\t\x7f\t\x7f\tDie\t\x7f\tNan\tThem\tDem\tNguyen\tGheo\tHoai\tGua" +
  "n\t\x7f\tOn\t\x7f\tHuan\t\x7f\tKhuyen\t\x7f\tShi\tJian\tNgay\t\x7f\tZhan\tJi\tHuan\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tGwang\tNhau\tXon\t\x7f\tNhep\tWan\tLuo\tWok\tSac\t\x7f\t\x7f\t\x7f\tKeu\tSac\t\x7f\tDou\t" +
  "\x7f\tNham\t\x7f\t\x7f\t\x7f\tLian\tTrom\tLa\tHen\tGiem\tGu\t\x7f\t\x7f\t\x7f\tGiau\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tNie\tNan\tJiu\tYue\t\x7f\t\x7f\tYao\tChuang\t\x7f\t\x7f\t\x7f\tCan\tLi\tDun\tNan\tNan\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tRi\t\x7f\t\x7f\t\x7f\t\x7f\tYue\t\x7f\t\x7f\tYou\t\x7f\tYin\t\x7f\tGuo" +
  "\t\x7f\t\x7f\t\x7f\tDang\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZhen\tMi\tDie\t\x7f\t\x7f" +
  "\tZhen\t\x7f\t\x7f\tDoe\tKua\t\x7f\tHan\tSong\tHe\tJi\tZhe\t\x7f\t\x7f\t\x7f\tBing\t\x7f\tWei\tTou\t" +
  "\x7f\tTu\t\x7f\t\x7f\tGang\tLou\tQuan\tHun\tZhuan\tQue\t\x7f\tHong\t\x7f\tDang\tHe\tTai\tGuai\t\x7f" +
  "\tYu\tNhot\tYa\t\x7f\t\x7f\tWan\tQun\t\x7f\t\x7f\t\x7f\t\x7f\tJue\tOu\t\x7f\tChuong\tQuan\tZhi\t\x7f" +
  "\t\x7f\tLing\tWu\tXin\tDa\t\x7f\tYuan\tYuan\t\x7f\t\x7f\t\x7f\tMo\t\x7f\tYou\t\x7f\tWaan\t\x7f\t\x7f" +
  "\tWu\t\x7f\tZhang\tChuong\t\x7f\tXuan\t\x7f\t\x7f\tRao\tGun\tYu\tChuong\t\x7f\t\x7f\t\x7f\t\x7f\tXia" +
  "\tBian\tYou\t\x7f\tYin\t\x7f\tXuan\tYou\tLei\t\x7f\t\x7f\t\x7f\tTron\t\x7f\tTing\t\x7f\t\x7f\tZhen\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tZai\tGa\tLa\t\x7f\t\x7f\tQue\t\x7f\t\x7f\t\x7f\t\x7f\tJu\tJi\tChun\tDa\tTun" +
  "\tAi\t\x7f\tHon\tCong\tZi\t\x7f\t\x7f\tHuang\tYi\t\x7f\t\x7f\t\x7f\tZhuang\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tNgo\t\x7f\t\x7f\tBao\tChi\t\x7f\t\x7f\tRi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tLu\t\x7f" +
  "\t\x7f\tJie\tShi\t\x7f\tZuan\t\x7f\tSing\tLoc\tTum\tMoc\t\x7f\tYi\t\x7f\t\x7f\tFen\tFen\t\x7f\t\x7f" +
  "\t\x7f\tMo\t\x7f\t\x7f\t\x7f\tShu\t\x7f\t\x7f\t\x7f\tSaai\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\tAo\t\x7f\tPi\tPing\tPo\tJia\tZhou\t\x7f\tQiu\t\x7f\t\x7f\t\x7f\tYou\tTan\tJuk\t\x7f\tR" +
  "ong\t\x7f\tMi\tJyun\t\x7f\tTin\tChau\tCho\tSanh\t\x7f\t\x7f\tYi\t\x7f\tRong\tYin\t\x7f\tLie\tQiong\t" +
  "\x7f\t\x7f\t\x7f\tRay\tNieu\tNen\tLoi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tCoi\t\x7f\tHui\tJi\t\x7f\t\x7f\t\x7f\t\x7f\tGa" +
  "o\t\x7f\t\x7f\t\x7f\tKwai\tZeon\tCat\tVach\tYou\tCha\tDe\tYin\t\x7f\tYu\tBei\t\x7f\tBo\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tBit\tLo\tBet\t\x7f\tFan\tKok" +
  "\tCe\tFat\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tQiao" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tCha\t\x7f\tXin\t\x7f\tChi\t\x7f\tDay\tDia\tHam\tZao\tKui\t\x7f\tFei" +
  "\t\x7f\t\x7f\tTa\tGuai\t\x7f\t\x7f\tDuo\t\x7f\t\x7f\t\x7f\t\x7f\tGui\t\x7f\tZhi\t\x7f\tBaan\t\x7f\t" +
  "\x7f\t\x7f\tMang\t\x7f\t\x7f\tDam\t\x7f\tGenh\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\tChan\tNao\t\x7f\t\x7f\tHu\t\x7f\tTao\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tChe\tVung\tL" +
  "am\tDum\tMun\tNui\tThem\tXui\t\x7f\tYi\tGo\tBen\tNie\tZhai\tHuan\t\x7f\tDu\t\x7f\tQi\tCe\t\x7f\t\x7f" +
  "\tChui\t\x7f\t\x7f\t\x7f\tDa\t\x7f\t\x7f\tZeon\tZhi\tGeng\t\x7f\t\x7f\t\x7f\tWeng\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tDu\t\x7f\t\x7f\t\x7f\tChi\tSai\t\x7f\t" +
  "\x7f\tAn\tKuo\t\x7f\tWo\t\x7f\t\x7f\t\x7f\tYing\t\x7f\tPian\tBun\tNam\tCoi\tTrieng\tHang\tGieng\tMo" +
  "\tNgoi\tChau\tMe\tNgoi\tNgoi\t\x7f\t\x7f\t\x7f\t\x7f\tZha\tZhua\tThong\tSu\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "Ni\tGung\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZhu\tChan\t\x7f\t\x7f\tBeng\tNi\tZhi\tHui\t\x7f\t\x7f\t\x7f" +
  "\tLong\tJoeng\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tXia\t\x7f\tZhi\tXi\t\x7f\t\x7f\tJiang\tDum\tHong\tLuong\tMa\tXo\tNgach\tTret\tXay" +
  "\tBui\t\x7f\tDui\tFu\t\x7f\t\x7f\tJiao\tChao\tBai\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tLie\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tAo\tDap\tGei\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tZao\tChu\t\x7f\t\x7f\tTuo\t\x7f\t\x7f\tHao\tKang\tYin\t\x7f\tXian\tHoc\tNut\tDat\tNgua\t" +
  "\x7f\t\x7f\tFu\tBie\t\x7f\tKui\t\x7f\t\x7f\t\x7f\tQie\tSa\t\x7f\t\x7f\tJe\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tVe\tHe\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tDa\tYe\t\x7f\t\x7f\t\x7f\tZhang\t\x7f\tLiang\t\x7f\tDui\t\x7f\t\x7f\t\x7f\t\x7f\tLao\tXun\t" +
  "\x7f\t\x7f\t\x7f\tGam\tChum\tKwan\tSam\tDoi\tThoai\tZhi\t\x7f\tKu\t\x7f\t\x7f\tLan\tSui\tWo\t\x7f\t" +
  "\x7f\t\x7f\tKu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tNeo\tCat\t\x7f\t\x7f\tCoi\t\x7f\tJian\tVuon\tCon\tGom" +
  "\tCon\tDen\tVong\tJiang\t\x7f\t\x7f\t\x7f\t\x7f\tZhui\t\x7f\tShuang\tYu\t\x7f\t\x7f\tSa\t\x7f\tYu\tL" +
  "an\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYu\t\x7f\tQian\tJu\t\x7f\tLie\t\x7f\t\x7f\tShu\tXian\t\x7f\t\x7f\t" +
  "Gai\tMun\tDao\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tTai\t\x7f\t\x7f\t\x7f\t\x7f\tTi" +
  "an\t\x7f\t\x7f\tEch\tCau\tGhe\tNieu\tSuong\tMeng\t\x7f\tDi\t\x7f\tMian\t\x7f\t\x7f\tJoeng\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tChat\t\x7f\t\x7f\tHui\t\x7f\t\x7f\tBai\tDung\tLoi\tVung\tAm\tXep\tCho\tGhe\tDuo\t" +
  "\x7f\tDuoi\t\x7f\tLie\tVai\tSan\t\x7f\t\x7f\tLai\tYin\tLan\t\x7f\tJiao\t\x7f\tHuo\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\tDoc\tChinh\tTho\tRanh\tChem\tGuo\t\x7f\tChen\tZhan\t\x7f\tWan\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\tMi\tNgoi\tChum\tKui\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tDuo\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tFan\tR" +
  "ay\tYin\t\x7f\t\x7f\t\x7f\tNan\t\x7f\t\x7f\t\x7f\tLei\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tChau\t\x7f\t" +
  "\x7f\t\x7f\tLom\tNen\t\x7f\tLan\tGong\tBen\t\x7f\t\x7f\t\x7f\t\x7f\tTing\tYao\t\x7f\tWang\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tJie\t\x7f\t\x7f\t\x7f\t\x7f\tXiu\t\x7f\tShu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tW" +
  "ei\t\x7f\t\x7f\tYu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tTrau\t\x7f\tZhan\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tAng\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tSang\tChou\t\x7f\tKua\t" +
  "\x7f\t\x7f\t\x7f\tJu\tHai\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tMian\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tHang\t\x7f\t\x7f\tChou\t\x7f\t\x7f\t\x7f\tLing\t\x7f\tZong\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\tHe\t\x7f\tHing\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tKwai\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\tKun\t\x7f\t\x7f\tZhong\t\x7f\tZhao\t\x7f\tDie\tGou\tYun\tDan\tNuo\t\x7f\tHing\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tBing\t\x7f\tRan\tChan\t\x7f\t\x7f\tNhom\tRong\tYin\tChan\t\x7f\t\x7f\tZhi\t" +
  "\x7f\t\x7f\tGuai\tNuo\tShen\t\x7f\t\x7f\tSu\t\x7f\tBon\tWo\tChi\t\x7f\tDem\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "Mie\tZhi\tSanh\t\x7f\tQi\t\x7f\t\x7f\tGou\tSai\t\x7f\tGom\tVe\tLou\t\x7f\tZi\tNhieu\tNhieu\tLam\t" +
  "\x7f\tDang\tTum\tXian\tMuong\tRou\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tPeng\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tXi\t\x7f\t\x7f\t\x7f\tKua\t\x7f\tGui\tChun\tJie\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tJie\tXi\t\x7f\tKu\tGioi\tGu\tZha\tFan\t\x7f\t\x7f\tXie\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tFan\t\x7f\t\x7f\tHuan\t\x7f\tNiao\tXi\t" +
  "\x7f\t\x7f\tHau\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tTaai\t\x7f\tCu\t\x7f\tGun\tBan\t\x7f\t\x7f\tXi\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\tQia\t\x7f\t\x7f\tMang\t\x7f\t\x7f\tZhe\tMat\tLon\tJuan\t\x7f\t\x7f\t\x7f\t" +
  "Bie\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZong\t\x7f\tBie\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "Quan\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tXi\t\x7f\t\x7f\tJiao\t\x7f\tQuan\tZhi\tTian\tKai\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tSan\t\x7f\t\x7f\tZi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tGang\t\x7f\tJie\t\x7f\t\x7f\tSo\tMuon" +
  "g\t\x7f\t\x7f\tBie\t\x7f\tDou\tZui\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tCanh\tNhon\tYan\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tBi\t\x7f\tXon\tKech\tKuai\t\x7f\tYan\tWei\t\x7f\tH" +
  "uan\t\x7f\tHao\t\x7f\tLa\t\x7f\t\x7f\tGong\tFan\t\x7f\tMeng\t\x7f\t\x7f\tLei\t\x7f\tDi\tLon\tBing\tH" +
  "uan\tCo\t\x7f\tWa\tJue\tTo\tTo\t\x7f\t\x7f\t\x7f\tHai\t\x7f\tChi\t\x7f\t\x7f\t\x7f\t\x7f\tBa\tJiu\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tDi\tMaa\tZhang\tJyun\tDa\tShi\tHao\t\x7f\t\x7f\tTong" +
  "\tMat\tJi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYe\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tDaan\tGai\tTaai\t\x7f\tBi\tPi\tYao\t\x7f\t\x7f\tDi\tCan\tPin\tYue\tQie\tPi\t\x7f\t\x7f\tNua\t" +
  "\x7f\tBing\t\x7f\tKaa\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tTuo\t" +
  "Xie\t\x7f\t\x7f\t\x7f\tJau\tWing\tJuk\tYe\t\x7f\t\x7f\tFan\tGua\tHu\tRu\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tRan\tFou\tHuang\t\x7f\tZat\t\x7f\t\x7f\tSyu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tRu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tMao\t\x7f\tDi\tDui\tHui\tXi\tXiu\t\x7f\t\x7f\tRa" +
  "n\tYi\t\x7f\t\x7f\tZhe\t\x7f\tJi\tGao\tYou\t\x7f\tPu\t\x7f\t\x7f\t\x7f\t\x7f\tHang\tSaam\tWui\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tBua\t\x7f\t\x7f\t\x7f\t\x7f\tChu\tCu\tZhe\tNiao\t\x7f\tQie\t\x7f\t" +
  "\x7f\tCha\t\x7f\tNiao\tSui\tKep\tVa\tNo\tKwan\t\x7f\tCha\tCheng\tYao\tDu\tWang\t\x7f\tNian\tMi\t\x7f" +
  "\t\x7f\t\x7f\tLau\t\x7f\tNou\tXi\t\x7f\tYao\t\x7f\tChan\tBou\tMou\tJi\tDai\tLaai\tFan\t\x7f\tZi\tJyu" +
  "n\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tCan\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tVo\tD" +
  "i\tBong\tXie\tMie\tKeng\t\x7f\tCu\t\x7f\tSheng\tPan\tHu\t\x7f\tKe\tXian\t\x7f\tHou\tQiong\tZong\t" +
  "\x7f\t\x7f\tFu\tNai\t\x7f\tNi\t\x7f\tKu\tCi\tLeoi\tPing\tGwai\tPing\tWun\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tNen\t\x7f\t\x7f\t\x7f\t\x7f\tJyun\t\x7f\t\x7f\t\x7f\tFui\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tGe\t\x7f\t\x7f\t\x7f\tHou\t\x7f\tAi\t\x7f\tShi\t\x7f\t\x7f\t\x7f\tSing\tJing\tBing\tGoen" +
  "g\t\x7f\tXiu\tCong\tJiao\t\x7f\tZha\tXiao\tLian\tQu\t\x7f\t\x7f\tShan\tXie\t\x7f\tGong\tMie\tChai\t" +
  "\x7f\tEn\t\x7f\t\x7f\t\x7f\tDou\t\x7f\tGo\t\x7f\t\x7f\t\x7f\tZi\tHaa\tJan\tFui\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tKou\t\x7f\t\x7f\t\x7f\tTiao\tShi\tPi\t\x7f\t\x7f\tSang\t\x7f\t" +
  "\x7f\tGuan\t\x7f\t\x7f\t\x7f\tHao\tZhi\tYang\tTong\tBi\t\x7f\tMo\t\x7f\tFu\tZuk\tTong\t\x7f\t\x7f\tC" +
  "uoi\t\x7f\tQiang\t\x7f\t\x7f\tTai\tGin\tMun\t\x7f\t\x7f\tSyut\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZhi\tWing\tZou\tSou\t\x7f\t\x7f\tNiao\tJuan\t\x7f\tYang\t\x7f\tHuang\t" +
  "Leo\tMin\tCai\tBeng\tMo\tChao\t\x7f\t\x7f\t\x7f\tLu\tShao\tBu\tZeng\tSi\t\x7f\tZui\tYue\tZan\tLuan\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tSeon\t\x7f\t\x7f\tGing\tCong\tGuk\tGei\tQu\tDoi\tDi\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tLing\t\x7f\t\x7f\tMi" +
  "ao\tMei\t\x7f\t\x7f\t\x7f\t\x7f\tZhuan\t\x7f\t\x7f\tHaan\tMan\tWan\t\x7f\t\x7f\tDang\t\x7f\tYuan\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tSau\t\x7f\tJu\t\x7f\t\x7f\tHui\tQi\t\x7f\tYun\t\x7f\tMan\t\x7f\tMo\t" +
  "\x7f\tJing\tCo\tWo\tKwan\tJyu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tPiao\t\x7f\tJin\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYao\t\x7f\tNo\tVo\tSui\tGam\t\x7f\t" +
  "Chi\tNi\tSou\t\x7f\tNiu\t\x7f\t\x7f\t\x7f\tShu\t\x7f\t\x7f\tPiao\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\tHan\tBan\tSoeng\tGaa\tMung\tCaai\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYao\t\x7f\tNei\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tMai\tCuoi\t\x7f\tShi\t\x7f\tYuan\t\x7f\tCai\tJie\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tXie\tWai\tSen\t\x7f\tYan\tXiao\t\x7f\t\x7f\t\x7f\t\x7f\tGaan\tHaan\tCa" +
  "n\t\x7f\t\x7f\t\x7f\t\x7f\tChua\tXie\tLi\t\x7f\tFan\t\x7f\tCoi\tCoeng\tGeoi\tMoi\tMoi\tHaa\t\x7f\tZh" +
  "u\t\x7f\tNa\t\x7f\tZhuan\tJi\t\x7f\tKui\tGioi\tRe\t\x7f\tLuo\t\x7f\t\x7f\t\x7f\t\x7f\tBou\t\x7f\t" +
  "\x7f\t\x7f\tQia\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tWan\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tLyun\t\x7f\tShu\t\x7f\tCheng\t\x7f\tYi\t\x7f\t\x7f\tZi\t\x7f\tHao\t\x7f\tJiao\tHaau\t\x7f\tHui" +
  "\tNhat\tXiao\tCi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHou\tChau\tGa\t\x7f\t\x7f\t" +
  "\x7f\tJi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tNoi\tDua\tNi\tLaai\tNi\tTi\tSeon\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tNit\tCon\tJu\t\x7f\tMing\t\x7f\t\x7f\t\x7f\tMe\tLi\t\x7f\tZhong\tLong" +
  "\tXu\tChu\tQiong\tFu\tSo\tBin\t\x7f\tGu\t\x7f\tJi\t\x7f\t\x7f\tQi\tXi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\tDeng\tEr\tMun\t\x7f\t\x7f\t\x7f\t\x7f\tShu\tTong\tXiao\t\x7f\tPi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tRot\tDan\t\x7f\tJi\tChat\t\x7f\t\x7f\tNhang\t\x7f\t\x7f\t\x7f\t\x7f\tXiao\t\x7f\t\x7f\tC" +
  "oi\tCong\t\x7f\t\x7f\t\x7f\tBin\tRong\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tGwai\tMian\t\x7f\t\x7f\t\x7f\t\x7f\tMian\t\x7f\tShu\tXiao\tBao\tWa\t" +
  "\x7f\tPao\t\x7f\tFu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tGai\t\x7f\tHu\tHeng\t\x7f\tZhu\tGuai" +
  "\t\x7f\t\x7f\t\x7f\tGui\t\x7f\t\x7f\t\x7f\t\x7f\tGiua\tCoi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tDai\t\x7f" +
  "\t\x7f\tBin\tHuang\t\x7f\t\x7f\tCha\t\x7f\t\x7f\t\x7f\tXia\tJu\t\x7f\tYao\t\x7f\t\x7f\t\x7f\t\x7f\tG" +
  "iua\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tFen\tZao\t\x7f\t\x7f\t\x7f\tFeng\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tJu\tYu\t\x7f\t\x7f\t\x7f\tTot\t\x7f\tHun\t\x7f\t\x7f\t\x7f\tCung\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\tJie\tXiong\tNing\tNai\t\x7f\t\x7f\tChu\tGiu\tTru\tNou\t\x7f\tSheng\t\x7f\tYu\t" +
  "\x7f\t\x7f\tHuan\tGeng\tWan\tGaa\tTuo\tQiao\t\x7f\t\x7f\t\x7f\tNing\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYin\t\x7f\tJia\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tSuo\t" +
  "\x7f\tJie\tXi\tWeng\t\x7f\t\x7f\t\x7f\tMang\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tYang\t\x7f\tYao\t\x7f\t\x7f\t\x7f\t\x7f\tMang\tOu\t\x7f\t\x7f\tAn\t\x7f\t\x7f\t" +
  "\x7f\tLou\t\x7f\tChua\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tE\tZi\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tE\t\x7f\tAn\t\x7f\t\x7f\tXum\t\x7f\tHuo\t\x7f\tCeng\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tCho\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tXiong\tJi\t\x7f\tZuo\t\x7f\tQi\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tZheng\tCo\t\x7f\t\x7f\t\x7f\t\x7f\tJi\tQi\tJuan\tNing\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tRem\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\tSe\t\x7f\tSao\t\x7f\t\x7f\t\x7f\tHe\tRong\tQin\tKin\t\x7f\t\x7f\tLan\tJu\t" +
  "\x7f\t\x7f\tLi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tShi\tLung\t\x7f\tNi\tXian\tFu\t\x7f\t\x7f\tRu\t\x7f\t" +
  "\x7f\t\x7f\tXiong\tGui\t\x7f\tJi\t\x7f\tMeng\tFu\tXuong\tSai\tYu\tJiao\tMeng\tLong\tQiang\t\x7f\tMi" +
  "\t\x7f\t\x7f\tYi\t\x7f\tLong\tHan\tNi\tLao\tSeng\t\x7f\t\x7f\tLin\t\x7f\tYu\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\tNuo\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tWu\t\x7f\t\x7f\t\x7f\tBian\t\x7f\t\x7f\tBian\tXuan" +
  "\t\x7f\tJian\tCam\tTac\tBian\t\x7f\t\x7f\t\x7f\tGang\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tDe\t\x7f\tCyun\t" +
  "\x7f\t\x7f\tZhuan\t\x7f\tBan\t\x7f\tRong\t\x7f\t\x7f\t\x7f\t\x7f\tShuan\t\x7f\t\x7f\t\x7f\t\x7f\tCut" +
  "\t\x7f\t\x7f\tJia\t\x7f\t\x7f\tHui\tMon\t\x7f\tZhan\t\x7f\t\x7f\t\x7f\tBai\tLie\t\x7f\tXie\tBun\tChu" +
  "t\t\x7f\t\x7f\t\x7f\t\x7f\tBe\tJian\tShou\t\x7f\tXiu\tChut\tTrut\tKao\tGwik\t\x7f\t\x7f\tGuan\tLuan" +
  "\t\x7f\tNhi\tNhon\t\x7f\tGwik\tNou\tChang\t\x7f\t\x7f\tGwik\t\x7f\tHoen\tNhe\tMon\tChut\tNho\tMon\tD" +
  "ep\tMay\tBe\tChut\tLiang\t\x7f\t\x7f\t\x7f\tOt\tChoai\tMay\t\x7f\t\x7f\tHoan\tMo\tNai\tRu\tNit\tXiu" +
  "\t\x7f\tZhi\t\x7f\tMay\t\x7f\t\x7f\tBe\tBe\tBe\tCao\t\x7f\tMay\tBe\tKhi\tNhen\tMon\tNhon\tMon\tTeo\t" +
  "Li\t\x7f\tTho\tMay\t\x7f\tChuong\tChuong\tHen\tNhon\tMong\tHen\tLan\t\x7f\tNhon\tNheo\tChan\tOat\tWa" +
  "ng\tWong\t\x7f\tLi\t\x7f\t\x7f\tWu\tPao\tYou\t\x7f\tGan\t\x7f\t\x7f\tMong\tAn\tXiu\tShui\tRui\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\tBan\tYou\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHuo\t\x7f\t\x7f" +
  "\tHui\t\x7f\t\x7f\tZuo\tXiao\t\x7f\tMian\t\x7f\t\x7f\t\x7f\t\x7f\tGa\tYuan\t\x7f\tBo\tChao\tTui\t" +
  "\x7f\tBo\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tGa\t\x7f\tTiao\tNa\t\x7f\t\x7f\t\x7f\t\x7f\tHu\tNie\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tHui\tLou\t\x7f\tTi\tGhenh\tQiao\tQiao\tZhong\t\x7f\t\x7f\t\x7f\tDi\t\x7f\t\x7f\t" +
  "\x7f\tLin\t\x7f\t\x7f\tQuan\tZhuan\t\x7f\tLei\t\x7f\tXie\t\x7f\t\x7f\tRen\t\x7f\t\x7f\tDang\t\x7f\tD" +
  "u\tNian\t\x7f\t\x7f\t\x7f\tShi\t\x7f\t\x7f\tXian\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tKek\tZhi\t\x7f\t\x7f" +
  "\t\x7f\tAi\tCi\tPu\t\x7f\tShi\t\x7f\t\x7f\t\x7f\tQu\tShu\tDian\t\x7f\tXiao\tShui\t\x7f\tHuan\t\x7f\t" +
  "\x7f\t\x7f\tYi\tJuan\t\x7f\t\x7f\tZhi\t\x7f\tTsubi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZhao\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tXu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tThuoc\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tLong" +
  "\tTyun\tZhu\t\x7f\tSuo\t\x7f\t\x7f\tGo\tDie\tGang\t\x7f\tQu\t\x7f\tKe\tHu\tJu\t\x7f\tQing\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tVe\t\x7f\t\x7f\t\x7f\t\x7f\tBing\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tTi\t\x7f\tJue\t\x7f\t\x7f\tQiu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tKe\tJiang\tVa" +
  "\tSang\t\x7f\t\x7f\t\x7f\t\x7f\tYun\tVai\tGwat\tMei\tPi\t\x7f\tQu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tMi\t\x7f\t\x7f\tTi\tNgoe\tXai\tKai\tCuoi\tBi\t\x7f\tQu\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tVa\tTiao\t\x7f\tChu\tVe\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tJu\t\x7f" +
  "\tXi\tCut\tCuoi\tRot\tLin\t\x7f\t\x7f\t\x7f\tDo\tDo\tDo\tToi\t\x7f\t\x7f\t\x7f\tVo\tDuoi\t\x7f\t\x7f" +
  "\tChi\tJi\t\x7f\tCu\t\x7f\t\x7f\tCuoi\tLu\tCu\tCu\t\x7f\tLi\tVoi\tVia\t\x7f\t\x7f\tNoc\tJue\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZhu\tLu\t\x7f\t\x7f\tVom\t\x7f\t\x7f\t\x7f\t\x7f\tNie\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tQuan\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\tNhon\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYa\t\x7f\tE\t\x7f\tHu\tNgai\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tMang\tNgai\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\tZi\t\x7f\t\x7f\tWu\t\x7f\t\x7f\tCha\t\x7f\t\x7f\t\x7f\t\x7f\tQin\tJie\tHong\t\x7f\tDan" +
  "\tEn\tZe\tHu\tAng\tJie\tFu\tYong\tZung\tFeng\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tMu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tSe\tCong\t\x7f\t" +
  "\x7f\tCu\tKang\t\x7f\t\x7f\t\x7f\t\x7f\tNui\tDun\tYao\tAi\tBao\t\x7f\tPo\t\x7f\tShi\tFan\t\x7f\tJu\t" +
  "Pi\t\x7f\tWei\tKu\tQie\tGan\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\tKuang\tSui\tBeng\tJia\tYa\t\x7f\tNgan\t\x7f\tKan\tNie\t\x7f\tXing\t\x7f\tX" +
  "i\t\x7f\tLin\tDuo\t\x7f\tChan\t\x7f\tGong\t\x7f\t\x7f\t\x7f\tPui\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tShi\t\x7f\tDou\tDui\t\x7f\tJiang\tYu\tLu\tEn\tCi\t\x7f\t" +
  "Gu\t\x7f\tWei\tChe\tHuan\tBie\t\x7f\t\x7f\tHan\tTui\tNa\tQi\t\x7f\tTou\tYuan\tWang\t\x7f\tWu\tGao\t" +
  "\x7f\t\x7f\tKeng\t\x7f\tYi\tSing\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\tXiao\tJin\tGui\tYa\tSui\tSong\t\x7f\tZhuo\t\x7f\t\x7f\tTu\tXian\t\x7f\t\x7f\t\x7f\tDeo\tZe\tLi" +
  "\t\x7f\t\x7f\tZhu\t\x7f\tJie\tVoi\t\x7f\tTi\t\x7f\t\x7f\tXie\tQiong\t\x7f\tYa\tJu\t\x7f\t\x7f\tYin\t" +
  "Zhi\t\x7f\tKan\tZi\t\x7f\tKe\t\x7f\tNie\tQiang\tWan\tZe\t\x7f\tJu\t\x7f\tZi\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tKei\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZik\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\tYa\t\x7f\t\x7f\tLin\t\x7f\tQi\t\x7f\t\x7f\t\x7f\t\x7f\tHui\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tQi\t\x7f\tYang\tSui\t\x7f\tQi\tGui\t\x7f\t\x7f\t\x7f\t\x7f\tGhenh\tChom\tNghi\tGhenh\tQi" +
  "n\tE\t\x7f\tZuo\t\x7f\t\x7f\tZe\tQi\tJi\t\x7f\tTuo\tDie\t\x7f\tHui\tMao\t\x7f\tXu\t\x7f\t\x7f\tHou\t" +
  "Yan\tXiang\tCong\tHu\t\x7f\t\x7f\tAn\t\x7f\tBing\t\x7f\t\x7f\t\x7f\t\x7f\tCoeng\t\x7f\t\x7f\t\x7f\tD" +
  "uo\t\x7f\tLei\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZhu\tDie\tYou\tQi\tShi\tXun\tYou\tKan\tQiao\t\x7f" +
  "\t\x7f\tQiang\tPen\t\x7f\t\x7f\tQuan\t\x7f\tYing\t\x7f\t\x7f\tLaam\tNgong\tDin\tSha\tWai\t\x7f\t\x7f" +
  "\tTao\t\x7f\tHong\tPi\tYao\t\x7f\t\x7f\t\x7f\t\x7f\tTu\tChai\t\x7f\tXia\tQi\t\x7f\tQiong\t\x7f\t\x7f" +
  "\tJin\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tZhen\t\x7f\t\x7f\t\x7f\tZhu\t\x7f" +
  "\tXi\t\x7f\tWeng\tZhong\t\x7f\tVoi\tRang\tSui\tVon\tChon\tKe\tKuo\tKang\t\x7f\t\x7f\tChao\tBi\tMo\tZ" +
  "hu\tHan\tYu\tYi\tMa\t\x7f\t\x7f\tQi\tGun\tMan\tLiao\tLin\tZu\tLei\tHu\tChuang\tQi\tLei\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tChi\t\x7f\tPo\tDie\t" +
  "\x7f\t\x7f\tMom\tChop\t\x7f\tLei\t\x7f\t\x7f\t\x7f\tYi\tGaan\t\x7f\t\x7f\t\x7f\tDian\t\x7f\tZeon\tDu" +
  "n\tGao\tHu\t\x7f\tXiao\tGa\tPeng\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tShen\t\x7f\t\x7f\t\x7f\t\x7f\tWei\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tVot\t" +
  "Rung\t\x7f\tDui\tChao\tYin\tKuai\tKu\t\x7f\tZui\tGu\t\x7f\t\x7f\tYun\tZhi\t\x7f\t\x7f\tJi\tCheng\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tXie\tXian\t\x7f\t\x7f\t\x7f\tZui\t" +
  "An\tHao\t\x7f\t\x7f\tPo\t\x7f\tDi\tYe\t\x7f\t\x7f\t\x7f\tNao\t\x7f\t\x7f\tFai\tNon\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\tJie\tBang\tLan\tCang\t\x7f\tBi\t\x7f\t\x7f\t\x7f\t\x7f\tZhan\tQi\t\x7f\tLom\t\x7f\t" +
  "\x7f\t\x7f\tNao\t\x7f\t\x7f\tLu\t\x7f\tKuang\t\x7f\tMo\t\x7f\tLei\tPao\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\tLi\tCeng\t\x7f\tDang\tLei\t\x7f\t\x7f\tE\t\x7f\tBeng\tJue\t\x7f\tHei\tHei\t\x7f\tZam\t\x7f\t\x7f\t" +
  "\x7f\tXuan\tNie\t\x7f\tHai\t\x7f\t\x7f\tDoi\tDoc\tLom\tXian\t\x7f\tJian\tMi\tNie\t\x7f\t\x7f\tNgoi\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tCang\tSong\tZeng\tYi\t\x7f\t\x7f\t\x7f\tChong\t\x7f\tCang\tNgong\t\x7f" +
  "\t\x7f\t\x7f\tLei\tNuo\tLi\t\x7f\t\x7f\tLi\tLuo\t\x7f\t\x7f\t\x7f\tTang\t\x7f\t\x7f\tNie\tNie\t\x7f" +
  "\tJi\t\x7f\tLei\t\x7f\tNang\t\x7f\t\x7f\tLin\tLing\t\x7f\t\x7f\tXian\tYu\t\x7f\tZai\tQuan\tLie\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\tYu\tHuang\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tNao\t\x7f" +
  "\tXun\t\x7f\tJu\tHuo\t\x7f\tYi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tXi\tSe\tJiao\tYong\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tShi\tJing\tWan\tYe\tJiu\t\x7f\t\x7f\tGong\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tHui\t\x7f\t\x7f\t\x7f\tVang\tSua\tTron\tSang\t\x7f\tEr\tBang\tLon\tGiau\tSam\t\x7f\t\x7f" +
  "\tTo\tLon\t\x7f\t\x7f\tHan\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tFu\t\x7f\t\x7f\t\x7f\tFu\tZhuo\tJi\t" +
  "\x7f\t\x7f\tSeon\t\x7f\t\x7f\t\x7f\tSeon\tXuc\tTrang\t\x7f\tVa\t\x7f\tBang\t\x7f\tTrai\tQi\tShi\t" +
  "\x7f\tDiao\tPei\tXian\tSan\t\x7f\t\x7f\t\x7f\t\x7f\tChang\tYue\t\x7f\tGong\t\x7f\tWu\t\x7f\tFen\t" +
  "\x7f\t\x7f\tChan\t\x7f\tNei\tJue\t\x7f\tZhao\t\x7f\tQian\t\x7f\t\x7f\tAo\t\x7f\t\x7f\t\x7f\t\x7f\tWa" +
  "ng\tZhong\tPhuon\tHuang\t\x7f\tBu\tZhu\tBi\tChao\tZheng\tFu\tKou\t\x7f\tZuo\tXuan\t\x7f\tFu\t\x7f\t" +
  "\x7f\t\x7f\tYao\t\x7f\tDay\tBo\tDu\tBei\tXie\tShi\tYi\t\x7f\tHong\tCui\t\x7f\tYi\tZhuan\t\x7f\tCoek" +
  "\t\x7f\tVua\tChi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tPo\t\x7f\t\x7f\t\x7f\tYin\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\tTranh\tYuan\t\x7f\t\x7f\t\x7f\t\x7f\tJiong\t\x7f\t\x7f\tMao\tQian\t\x7f\tYi" +
  "\t\x7f\t\x7f\t\x7f\tWu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tLei\tLong\tBit\tVua\t\x7f\t\x7f\tBei\tHu" +
  "o\tCong\tKong\t\x7f\t\x7f\t\x7f\t\x7f\tTa\t\x7f\tHan\tQian\t\x7f\t\x7f\t\x7f\tZhi\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\t\x7f\tSe\t\x7f\t\x7f\tQian\tGuo\t\x7f\t\x7f\tGun\t\x7f\t\x7f\tJian\tZhong\tMian\tGui\tShi\tM" +
  "ou\tE\tBa\tLa\t\x7f\t\x7f\t\x7f\tZhou\t\x7f\tJi\t\x7f\tMei\t\x7f\t\x7f\t\x7f\tZao\t\x7f\tCho\tPhoi\t" +
  "Zha\tYi\t\x7f\tGou\t\x7f\t\x7f\tGui\tYing\tShai\tHe\tBang\tMo\tMeng\t\x7f\t\x7f\tWu\tDai\t\x7f\t\x7f" +
  "\tJiong\t\x7f\t\x7f\t\x7f\t\x7f\tHan\tBau\t\x7f\tTong\tKou\tLi\tZhi\tHui\tZan\t\x7f\tDiao\tCu\t\x7f" +
  "\tDai\tLau\t\x7f\t\x7f\t\x7f\t\x7f\tMan\t\x7f\tZhi\t\x7f\tKua\t\x7f\tXiang\tHua\tLiao\tCui\tQiao\tJi" +
  "ao\t\x7f\tXu\tEr\t\x7f\tTuo\tTan\tZhi\t\x7f\t\x7f\tVai\tQuat\tManh\t\x7f\tNao\tMao\tDi\tCeng\t\x7f\t" +
  "\x7f\tJiao\tLian\t\x7f\tSha\tDan\t\x7f\t\x7f\tSui\tLian\tGuo\t\x7f\t\x7f\tBiao\tLung\tCi\tDian\tLu\t" +
  "Ni\tYan\tLan\t\x7f\t\x7f\tGai\tChu\t\x7f\tMen\t\x7f\tBi\tZu\tHui\tChan\tLai\tXian\tFen\tHe\t\x7f\t" +
  "\x7f\tLim\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYao\tZhan\t\x7f\tNei\t\x7f\tLuo\t\x7f\tYuan\tRem\tNeng\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tRen\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f" +
  "\t\x7f\tPhang\t\x7f\t\x7f\tNen\t\x7f\t\x7f\t\x7f\tGe\t\x7f\tJian\tPing\tLai\tNin\t\x7f\tBie\t\x7f\tN" +
  "am\tJian\tMay\tMay\tBing\tMay\tTuoi\t\x7f\tNen\t\x7f\tMi\tHu\t\x7f\t\x7f\t\x7f\tDiao\t\x7f\tYou\tYao" +
  "\tBeng\t\x7f\tChen\tJi\t\x7f\tYao\t\x7f\t\x7f\t\x7f\tSi\tGwaan\tSi\t\x7f\t\x7f\t\x7f\tGuan\tYan\tDoi" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tChi\t\x7f\tSha\tYan\tYi\tYi\tChe" +
  "\t\x7f\t\x7f\tHan\tHuang\t\x7f\tKhuya\tSen\t\x7f\tShui\tSui\tRen\tTan\tZhi\t\x7f\tFan\tFeng\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\tTan\tHe\tMi\tPi\tBu\tNa\tTian\tBa\tYi\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tYan\t\x7f\tTiao\t\x7f\tYao\tShen\tKe\tTong\t\x7f\tXuan\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\tYou\t\x7f\tBai\tChai\t\x7f\tRoku\tXia\tLu\tKun\tZang\tQiu\t\x7f\t\x7f\tCu\tZui\tLou\t" +
  "\x7f\tXia\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tShen\t\x7f\tLoi\tPu\t\x7f\tJi" +
  "ng\tQiang\tYi\t\x7f\tNie\tDui\t\x7f\tJie\tSui\tZhan\tCou\t\x7f\t\x7f\tBeng\tGuan\tShe\t\x7f\tJin\tDi" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tDan\t\x7f\tNai\t\x7f\tNou\t\x7f\tJi\tY" +
  "an\t\x7f\tNou\t\x7f\tDu\tWei\tPian\t\x7f\t\x7f\t\x7f\tHu\t\x7f\tJia\tYe\tJun\tLan\tLa\tYin\t\x7f\t" +
  "\x7f\t\x7f\tTui\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tNao\t\x7f\t\x7f\t\x7f\t\x7f\tZu\t\x7f\t" +
  "\x7f\tKho\tU\tMa\tSi\tZhi\t\x7f\t\x7f\tHui\tZhui\t\x7f\tHui\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tChu\t\x7f" +
  "\tChe\t\x7f\tVua\tXiu\tLan\t\x7f\tCong\tShen\tMo\tYi\tYao\tXi\tZui\tBing\t\x7f\t\x7f\t\x7f\t\x7f\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tYu\t\x7f\tLu\t\x7f\tVom\t\x7f\t\x7f\tTui\tWei\t\x7f\tFen\tShen\t" +
  "\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tLiao\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tShu\tDan\t" +
  "Juan\tYu\tXin\tYao\tSu\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\t\x7f\tHuo\t\x7f\tQian\t\x7f" +
  "\t\x7f\t\x7f\t\x7f\t\x7f\tMa\t\x7f\t\x7f\tKai"
).split("\t");

/** ASCII for the code point `code` (maybe empty), or null when there is none. */
export function transliterate(code) {
  if (code >= ENTRIES.length) return null;
  const entry = ENTRIES[code];
  return entry === "\x7f" ? null : entry;
}
