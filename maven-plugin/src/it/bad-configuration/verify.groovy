// bad-configuration: every invocation failed with a message that says what is wrong, and none of
// them generated anything or wrote a lock file.
// build.log holds the invocations one after the other; each starts by scanning for projects.
def runs = new File(basedir, 'build.log').text.split(/Scanning for projects\.\.\./).findAll { it.contains('BUILD ') }
assert runs.size() == 5 : "five invocations, found ${runs.size()}"
runs.each { assert it.contains('BUILD FAILURE') }
def error = { int run -> runs[run - 1].readLines().find { it.startsWith('[ERROR] Failed to execute goal') } ?: '' }

// 1. Unknown version: the message lists the bundled versions.
assert error(1).contains("Comet Server version '1.2.3' is not bundled; the bundled versions are: 22.6.9, ")
assert error(1).contains(', 25.6.8')

// 2. Invalid spec: the validator's report, with the file, line and column, and the JSON pointer.
def spec = new File(basedir, 'invalid-spec.json')
assert error(2).contains("The Comet API spec ${spec} is invalid:")
assert runs[1].contains("ERROR type.unresolved ${spec}:24:18 (/methods/0/returns): type 'UserProfileConfig' is not declared in this spec")

// 3. Both sources.
assert error(3).contains('Set either serverVersion (comet.serverVersion) or specFile (comet.specFile), not both')

// 4. Invalid package name.
assert error(4).contains("package name 'com.example.1client' is not a valid Java package name")

// 5. Missing spec file.
assert error(5).contains("The spec file ${new File(basedir, 'missing-spec.json')} does not exist")

assert !new File(basedir, 'comet.lock.json').exists()
assert !new File(basedir, 'target/generated-sources/comet').exists()
true
