// options-change: a new package name regenerates the client and removes every file of the old one,
// with the folders they leave empty; the lock file, which names only the spec, stays as it was.
def runs = new File(basedir, 'build.log').text.split(/Scanning for projects\.\.\./).findAll { it.contains('BUILD ') }
assert runs.size() == 2
runs.each { assert it.contains('BUILD SUCCESS') }
def generated = (runs[0] =~ /Generated the Comet client for bundled Comet Server [0-9.]+: ([0-9]+) files \(\1 written\)/)
assert generated.find()
def count = generated.group(1)
assert runs[1].contains("Generated the Comet client for bundled Comet Server") && runs[1].contains("${count} files (${count} written, ${count} stale removed)")
assert !runs[1].contains('up to date')
assert runs[1].contains('Comet Server') && !runs[1].contains('Updated') && !runs[1].contains('Created')

def output = new File(basedir, 'target/generated-sources/comet')
assert new File(output, 'com/example/comet/CometClient.java').isFile()
assert new File(output, 'com/example/comet/model/UserProfileConfig.java').isFile()
assert !new File(output, 'dev').exists() : 'the old package folders are gone'
assert new File(output, 'com/example/comet/CometClient.java').text.startsWith('// Generated from the Comet Server')
true
