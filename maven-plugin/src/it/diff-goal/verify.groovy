// diff-goal: comet:diff wrote every report format, in a project and without one, and fails on
// breaking changes unless told otherwise.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

def checkReports = { File folder ->
  ['txt', 'md', 'json', 'html'].each { ext ->
    def report = new File(folder, "comet-diff-25.3.1-to-25.6.8.${ext}")
    assert report.isFile() && report.length() > 0 : "missing ${report}"
  }
  def json = new JsonSlurper().parse(new File(folder, 'comet-diff-25.3.1-to-25.6.8.json'))
  assert json.summary.breaking == 3
  assert json.changes.any { it.rule == 'method-return-type-changed' && it.subject == 'AdminSetUserProfileHash' }
  assert new File(folder, 'comet-diff-25.3.1-to-25.6.8.md').text.contains('method-return-type-changed')
  assert new File(folder, 'comet-diff-25.3.1-to-25.6.8.html').text.contains('<html')
}
checkReports(new File(basedir, 'target/comet-diff'))
checkReports(new File(basedir, 'standalone/target/comet-diff'))
checkReports(new File(basedir, 'standalone/target/fail-on-breaking'))

assert log.count('Comet API 25.3.1 -> 25.6.8: 46 changes, 3 breaking, 0 warnings; SDK bump major') == 3
assert log.count('BUILD SUCCESS') == 2
assert log.contains('Building Maven Stub Project (No POM)') : 'the second and third runs had no project'
assert log =~ /\[ERROR\] Failed to execute goal dev\.cometsdk:comet-maven-plugin:[^ ]+:diff .*The Comet API changes from 25\.3\.1 to 25\.6\.8 reach the fail level 'breaking' \(3 breaking, 0 warnings\)/
true
