// skip: comet.skip=true logged the skip and generated nothing; the build went on.
def log = new File(basedir, 'build.log').text
assert log.contains('Skipping the Comet client generation (comet.skip)')
assert !log.contains('Generated the Comet client')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/generated-sources/comet').exists()
assert !new File(basedir, 'comet.lock.json').exists()
true
