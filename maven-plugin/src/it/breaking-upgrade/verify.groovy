// breaking-upgrade: 25.3.1 -> 25.6.8 has three breaking changes. The first build failed and named
// the rule; the second, with each break accepted (rule, subject, reason), generated from 25.6.8.
import groovy.json.JsonSlurper

// build.log holds the invocations one after the other; each starts by scanning for projects.
def runs = new File(basedir, 'build.log').text.split(/Scanning for projects\.\.\./).findAll { it.contains('BUILD ') }
assert runs.size() == 2
def (first, second) = runs
assert first.contains('BUILD FAILURE')
assert second.contains('BUILD SUCCESS')

// First build: the gate lists every break and the failure names the first one's rule.
assert first.contains('Comet API upgrade 25.3.1 -> 25.6.8: 46 changes, 3 breaking, 0 warnings, 0 accepted')
assert first.contains('breaking: method-return-type-changed AdminSetUserProfileHash')
assert first.contains('breaking: method-return-type-changed UserWebSetProfileHash')
assert first.contains('breaking: param-added-required UserWebGetJobsForCustomSearch(Query)')
assert first =~ /\[ERROR\] Failed to execute goal dev\.cometsdk:comet-maven-plugin:[^ ]+:generate .*The Comet API upgrade 25\.3\.1 -> 25\.6\.8 has 3 breaking changes, first method-return-type-changed AdminSetUserProfileHash\. Read .*comet-diff-25\.3\.1-to-25\.6\.8\.txt/
assert !first.contains('Generated the Comet client')

// Second build: all three accepted, client generated, lock file moved on.
assert second.contains('Comet API upgrade 25.3.1 -> 25.6.8: 46 changes, 0 breaking, 0 warnings, 3 accepted')
assert !second.contains('Suppression matches no change')
assert second.contains('Generated the Comet client for bundled Comet Server 25.6.8')
def lock = new JsonSlurper().parse(new File(basedir, 'comet.lock.json'))
assert lock.serverVersion == '25.6.8'

def report = new JsonSlurper().parse(new File(basedir, 'target/comet/comet-diff-25.3.1-to-25.6.8.json'))
assert report.summary.accepted == 3
def accepted = report.changes.findAll { it.accepted != null }
assert accepted.size() == 3
assert accepted.every { it.accepted instanceof String && it.accepted }
true
