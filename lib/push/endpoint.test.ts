import { describe, expect, it } from 'vitest'
import { endpointProblem } from './endpoint'

describe('where a push may be sent', () => {
  it('accepts the browsers’ push services over https', () => {
    for (const endpoint of [
      'https://fcm.googleapis.com/fcm/send/abc:def',
      'https://updates.push.services.mozilla.com/wpush/v2/gAAA',
      'https://web.push.apple.com/QGx',
      'https://wns2-par02p.notify.windows.com/w/?token=x',
    ]) {
      expect(endpointProblem(endpoint, {}), endpoint).toBeNull()
    }
  })

  it('refuses anything a caller could aim at our own network', () => {
    expect(endpointProblem('http://fcm.googleapis.com/fcm/send/x', {})).toMatch(/https/)
    expect(endpointProblem('https://fcm.googleapis.com:8443/fcm/send/x', {})).toMatch(/default port/)
    expect(endpointProblem('https://user:pw@fcm.googleapis.com/x', {})).toMatch(/plain https/)
    expect(endpointProblem('https://127.0.0.1/x', {})).toMatch(/known push service/)
    expect(endpointProblem('https://fcm.googleapis.com.evil.example/x', {})).toMatch(/known push service/)
    expect(endpointProblem('https://notfcm.googleapis.com/x', {})).toMatch(/known push service/)
    expect(endpointProblem('not a url', {})).toMatch(/not a URL/)
  })

  it('admits configured hosts, and a test origin only when it is named exactly', () => {
    expect(endpointProblem('https://push.example.net/x', { AISLE_PUSH_SERVICE_HOSTS: 'push.example.net' })).toBeNull()
    const env = { AISLE_PUSH_TEST_ORIGINS: 'http://127.0.0.1:4555' }
    expect(endpointProblem('http://127.0.0.1:4555/push/a', env)).toBeNull()
    expect(endpointProblem('http://127.0.0.1:4556/push/a', env)).toMatch(/https/)
  })
})
