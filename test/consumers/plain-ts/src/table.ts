// One element alone: its entry point defines only <health-comparison-table> and registers no
// pack, so the page names the packs it shows.
import 'health-widgets/comparison-table';
import 'health-widgets/topics/b12-muscle-tightness';
