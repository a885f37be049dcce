#!/usr/bin/env python3
"""Where a Spring service's request threads spend their CPU, from async-profiler's collapsed stacks
(bench/baseline.sh PROFILE=async; docs/performance.md "cache"). One column per file, in per cent of the samples
under Tomcat's Http11Processor.service. A filter's row is its own work: samples that went on into the next filter
are not counted. Prints numbers; asserts nothing.
    python3 bench/cpu-shares.py profile.collapsed [another.collapsed ...]"""
import collections
import sys

NEXT_FILTER = ['VirtualFilterChain.doFilter', 'ApplicationFilterChain.doFilter']
# row: (frames that mark it, frames after which a sample belongs to what comes next; None: everything below)
ROWS = {
    'request threads': (['Http11Processor.service'], None),
    'socket write of the response': (['Http11Processor.finishResponse'], None),
    'socket read and request line': (['Http11InputBuffer.parseRequestLine'], None),
    'header parsing': (['Http11InputBuffer.parseHeaders'], None),
    'Spring Security filter chain, own work': (['FilterChainProxy.doFilterInternal'],
                                               ['FilterChainProxy.lambda$doFilterInternal']),
    '  bearer token filter': (['BearerTokenAuthenticationFilter.doFilterInternal'], NEXT_FILTER),
    '    claims to CurrentUser': (['CurrentUserJwtConverter.convert'], None),
    '    authentication success event': (['publishAuthenticationSuccess'], None),
    '  logout, request cache, servlet API filters': (['LogoutFilter.doFilter', 'RequestCacheAwareFilter.doFilter',
                                                     'SecurityContextHolderAwareRequestFilter.doFilter'], NEXT_FILTER),
    '  header writer filter': (['HeaderWriterFilter.doFilterInternal'], NEXT_FILTER),
    '  authorization filter': (['AuthorizationFilter.doFilter'], NEXT_FILTER),
    'suite filters (request id, size limit, club scope, rate limit)': (
        ['RequestIdFilter.doFilterInternal', 'RequestSizeLimitFilter.doFilterInternal',
         'RequestsStateTheirClub.doFilter', 'RateLimitFilter.doFilterInternal'], NEXT_FILTER),
    'http.server.requests observation': (['ServerHttpObservationFilter.doFilterInternal'], NEXT_FILTER),
    '  active-requests long task timer': (['LongTaskTimer'], None),
    'handler lookup (DispatcherServlet.getHandler)': (['DispatcherServlet.getHandler'], None),
    'request-handled event': (['publishRequestHandledEvent'], None),
    'controller method, cache read included': (['InvocableHandlerMethod.doInvoke'], None),
    'JSON response (Jackson)': (['AbstractJacksonHttpMessageConverter.writeInternal'], None),
    'content negotiation': (['getProducibleMediaTypes'], None),
}


def counts(path):
    found = collections.Counter()
    for line in open(path):
        stack, _, n = line.rstrip().rpartition(' ')
        frames = stack.split(';')
        for row, (marks, then) in ROWS.items():
            at = [i for i, frame in enumerate(frames) if any(mark in frame for mark in marks)]
            if at and (then is None or not any(t in f for f in frames[at[-1] + 1:] for t in then)):
                found[row] += int(n)
    return found


files = sys.argv[1:]
columns = [counts(path) for path in files]
print('| part of the request | ' + ' | '.join(files) + ' |')
print('|---|' + '---|' * len(files))
for row in ROWS:
    shares = [f"{100 * c[row] / max(c['request threads'], 1):.1f} %" for c in columns]
    print(f"| {row.replace('  ', '· ')} | " + ' | '.join(shares) + ' |')
