// compatible-upgrade: 24.12.4 -> 24.12.5 only adds, so the gate passes, the client is generated
// from 24.12.5, the lock file moves to 24.12.5, and the reports are in target/comet.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

assert log =~ /Comet API upgrade 24\.12\.4 -> 24\.12\.5: [0-9]+ changes, 0 breaking, 0 warnings, 0 accepted; SDK bump minor/
assert !log.contains('breaking:')
assert log.contains('Generated the Comet client for bundled Comet Server 24.12.5')
assert log.contains('BUILD SUCCESS')

def lockFile = new File(basedir, 'comet.lock.json')
assert log.contains("Updated ${lockFile}: Comet Server 24.12.5")
def lock = new JsonSlurper().parse(lockFile)
assert lock.serverVersion == '24.12.5'
assert lock.sha256 == '10a41285c27ab9abfc13f91ac5b93dab64df0bea8f6b2b9a92cf1d4ba4ee126f'

def reports = new File(basedir, 'target/comet')
['txt', 'md', 'json', 'html'].each { ext ->
  def report = new File(reports, "comet-diff-24.12.4-to-24.12.5.${ext}")
  assert report.isFile() && report.length() > 0 : "missing ${report}"
}
def json = new JsonSlurper().parse(new File(reports, 'comet-diff-24.12.4-to-24.12.5.json'))
assert json.from == '24.12.4' && json.to == '24.12.5'
assert json.summary.breaking == 0 && json.summary.total > 0
assert json.changes.every { it.severity == 'info' }
assert json.changes.any { it.rule == 'method-added' }
true
