#!/usr/bin/env python3
"""What a Spring service's request threads allocate, from async-profiler's allocation stacks with byte totals
(bench/baseline.sh PROFILE=alloc; docs/performance.md "cache"). Prints the share of the bytes allocated under
Tomcat's Http11Processor.service by the innermost frame outside the JDK (the library or suite code that asked),
and by allocated type. Prints numbers; asserts nothing.
    python3 bench/alloc-shares.py profile.alloc.collapsed [top]"""
import collections
import sys

JDK = ('java.', 'javax.', 'jdk.', 'sun.', 'com.sun.')


def caller(frames):
    for frame in reversed(frames):
        name = frame.split('_[')[0].replace('/', '.')
        if not name.startswith(JDK) and '.' in name:
            return name
    return '(JDK only)'


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    by_caller, by_type = collections.Counter(), collections.Counter()
    total = 0
    for line in open(path):
        stack, _, count = line.rstrip('\n').rpartition(' ')
        frames = stack.split(';')
        if not any('Http11Processor.service' in f for f in frames):
            continue
        allocated = int(count)
        total += allocated
        by_type[frames[-1].split('_[')[0]] += allocated
        by_caller[caller(frames[:-1])] += allocated
    print(f'bytes allocated under Http11Processor.service: {total:,}')
    for title, counter in (('by innermost non-JDK frame', by_caller), ('by type', by_type)):
        print(f'-- {title}')
        for name, allocated in counter.most_common(top):
            print(f'{100.0 * allocated / max(total, 1):6.1f} %  {name}')


if __name__ == '__main__':
    main()
