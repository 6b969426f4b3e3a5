// consumer-generate: the client was generated from 25.6.8, the lock file created, and the test
// that calls the stub server through the generated client ran and passed.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/comet/dev/cometsdk/client')

assert log.contains('Generated the Comet client for bundled Comet Server 25.6.8')
assert new File(generated, 'CometClient.java').isFile()
assert new File(generated, 'model/UserProfileConfig.java').isFile()

def lockFile = new File(basedir, 'comet.lock.json')
assert lockFile.isFile() : 'a missing lock file is created'
assert log.contains("Created ${lockFile}")
def lock = new JsonSlurper().parse(lockFile)
assert lock.serverVersion == '25.6.8'
assert lock.source == 'bundled'
assert lock.sha256 ==~ /[0-9a-f]{64}/

def report = new File(basedir, 'target/surefire-reports/TEST-it.consumer.GeneratedClientTest.xml')
assert report.isFile() : 'the test ran'
def suite = new XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 2
assert suite.@failures.toInteger() == 0
assert suite.@errors.toInteger() == 0
assert suite.@skipped.toInteger() == 0
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
true
