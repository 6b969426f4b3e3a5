// up-to-date: the first build generated the client, the second logged "up to date" and wrote no
// generated file (each one is older than the marker the second build copied after the goal ran).
def log = new File(basedir, 'build.log').text
def output = new File(basedir, 'target/generated-sources/comet')

assert log.count('Generated the Comet client for bundled Comet Server') == 1
assert log.count('Comet client up to date') == 1
assert log.indexOf('Generated the Comet client') < log.indexOf('Comet client up to date')
assert log =~ /Comet client up to date \(bundled Comet Server [0-9.]+, [0-9]+ files in /

def marker = new File(basedir, 'target/classes/marker.txt')
assert marker.isFile() : 'the second build ran process-resources'
def files = []
output.eachFileRecurse(groovy.io.FileType.FILES) { files << it }
assert files.size() > 300
def touched = files.findAll { it.lastModified() >= marker.lastModified() }
assert touched.isEmpty() : "written again by the second build: ${touched}"
def lock = new File(basedir, 'comet.lock.json')
assert lock.isFile()
assert lock.lastModified() < marker.lastModified() : 'the lock file was not rewritten'

// The plugin is one self-contained jar: the POM it installs declares nothing Maven must resolve
// before each goal (docs/plugin-benchmarks.md).
def pluginPoms = []
new File(localRepositoryPath, 'dev/cometsdk/comet-maven-plugin').eachFileRecurse(groovy.io.FileType.FILES) {
  if (it.name.endsWith('.pom')) pluginPoms << it
}
assert pluginPoms.size() == 1
def dependencies = new groovy.xml.XmlSlurper().parse(pluginPoms[0]).dependencies.dependency
assert dependencies.size() > 0
dependencies.each { assert it.scope.text() == 'provided' : "the plugin POM declares ${it.artifactId.text()}" }
true
